import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value in a details card; long office names wrap instead of widening the page. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
        {label}
      </Text>
      <div className="tindak-wrap">{children}</div>
    </div>
  );
}

/** "Label: value" on one line of a card, e.g. "Tenggat: 31 Desember 2025". */
export function LabelledLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text component="div" size="sm" className="tindak-wrap">
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}
