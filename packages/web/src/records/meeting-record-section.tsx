import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, LoadMore } from '../kit/load-states';
import { RecordSection } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import type { RecordKind } from './record-kind';
import { useOpenWithFocus } from './use-open-with-focus';

/**
 * Records per request: one page holds all of a meeting's but the largest meetings'; beyond it a
 * button loads the next page, so none is silently left out.
 */
export const MEETING_RECORDS_LIMIT = 100;

interface ListedRecord {
  id: string;
  title: string;
  status: ComponentProps<typeof FollowUpStatusBadge>['status'];
}

interface MeetingRecordSectionProps<Item extends ListedRecord> {
  kind: RecordKind;
  /** The meeting's infinite list query of this kind. */
  query: {
    data?: { pages: { items: Item[] }[] } | undefined;
    isPending: boolean;
    isError: boolean;
    isRefetching: boolean;
    error: unknown;
    refetch: () => Promise<unknown>;
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  /** Whether the reader may record a new one here (the meeting's host office). */
  mayAdd: boolean;
  /** Beside the heading, before the add button (e.g. export links). */
  aside?: ReactNode;
  /** The form for a new one; `close` ends it and gives focus back to the add button. */
  form: (close: () => void) => ReactNode;
  /** Where an item's title links to. */
  pathOf: (item: Item) => string;
  /** The lines under an item's title. */
  lines: (item: Item) => ReactNode;
}

/** A meeting's "Usulan" or "Komitmen": what came out of it, each with its status, and a form to add one. */
export function MeetingRecordSection<Item extends ListedRecord>({
  kind,
  query,
  mayAdd,
  aside,
  form,
  pathOf,
  lines,
}: MeetingRecordSectionProps<Item>) {
  const { t } = useTranslation();
  const adding = useOpenWithFocus();
  // Names the section and, through it, its list.
  const headingId = `${kind}-heading`;
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <RecordSection
      id={headingId}
      title={t(`${kind}.section.title`)}
      aside={
        <>
          {aside}
          {mayAdd && !adding.open && (
            <Button ref={adding.buttonRef} variant="light" onClick={adding.show}>
              {t(`${kind}.section.add`)}
            </Button>
          )}
        </>
      }
    >
      <Stack gap="sm">
        {mayAdd && adding.open && (
          <Paper withBorder p="sm">
            <Title order={3} size="h4" mb="sm">
              {t(`${kind}.form.newTitle`)}
            </Title>
            {form(adding.close)}
          </Paper>
        )}
        {query.isPending && <Skeleton height={60} aria-busy="true" aria-label={t('common.loading')} />}
        {query.isError && !query.data && (
          <LoadError
            title={t(`${kind}.section.loadError`)}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isRefetching}
          />
        )}
        {query.data && items.length === 0 && <Text c="dimmed">{t(`${kind}.section.empty`)}</Text>}
        {items.length > 0 && (
          <Stack component="ul" gap="xs" className="tindak-plain-list" aria-labelledby={headingId}>
            {items.map((item) => (
              <Paper component="li" key={item.id} withBorder p="sm">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={pathOf(item)} fw={600} className="tindak-wrap">
                    {item.title}
                  </Anchor>
                  <FollowUpStatusBadge status={item.status} />
                </Group>
                {lines(item)}
              </Paper>
            ))}
          </Stack>
        )}
        <LoadMore query={query} label={t(`${kind}.section.loadMore`)} />
      </Stack>
    </RecordSection>
  );
}
