import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface RecordSectionProps {
  /** Id of the heading, which names the section for screen readers. */
  id: string;
  title: string;
  /** Beside the heading, e.g. the button that edits or adds to the section (kept in place when hidden). */
  aside?: ReactNode;
  children: ReactNode;
}

/** One part of a record's page (description, history, linked records) under its own h2. */
export function RecordSection({ id, title, aside, children }: RecordSectionProps) {
  const heading = (
    <Title order={2} size="h3" id={id} mb={aside === undefined ? 'sm' : undefined}>
      {title}
    </Title>
  );
  return (
    <section aria-labelledby={id}>
      {aside !== undefined ? (
        <Group justify="space-between" align="baseline" mb="sm" gap="xs">
          {heading}
          {aside}
        </Group>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}

/** A record's free text with its line breaks, or a dimmed line saying there is none. */
export function TextOrNone({ text, none }: { text: string | null | undefined; none: string }) {
  return text ? <Text className="tindak-preserve-lines">{text}</Text> : <Text c="dimmed">{none}</Text>;
}
