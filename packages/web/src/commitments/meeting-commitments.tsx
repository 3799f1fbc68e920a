import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { MeetingDetail } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useMayChange } from '../auth/use-authority';
import { LoadError, LoadMore } from '../kit/load-states';
import { RecordSection } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { CommitmentForm } from './commitment-form';
import { CommitmentSummaryLines } from './commitment-summary-lines';

/** Commitments per request: all of a meeting's in one page, as a rule; a button loads any more. */
const LIST_LIMIT = 100;

/** "Komitmen": what each party promised in this meeting, and a form to record a new promise. */
export function MeetingCommitments({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // A promise made here belongs to the meeting's host: only those who may change it record one.
  const mayAdd = useMayChange('commitment', meeting.homeRegionCodes);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const commitments = useInfiniteQuery(
    trpc.commitments.list.infiniteQueryOptions(
      { meetingId: meeting.id, limit: LIST_LIMIT },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = commitments.data?.pages.flatMap((page) => page.items) ?? [];

  const close = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <RecordSection
      id="commitments-heading"
      title={t('commitments.section.title')}
      aside={
        mayAdd &&
        !adding && (
          <Button ref={addButton} variant="light" onClick={() => setAdding(true)}>
            {t('commitments.section.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {mayAdd && adding && (
          <Paper withBorder p="sm">
            <Title order={3} size="h4" mb="sm">
              {t('commitments.form.newTitle')}
            </Title>
            <CommitmentForm
              source={{ meetingId: meeting.id, proposalId: null }}
              preset={{ ownerOrganizationId: meeting.host.id }}
              onDone={close}
            />
          </Paper>
        )}
        {commitments.isPending && <Skeleton height={60} aria-busy="true" aria-label={t('common.loading')} />}
        {commitments.isError && !commitments.data && (
          <LoadError
            title={t('commitments.section.loadError')}
            error={commitments.error}
            onRetry={() => void commitments.refetch()}
            retrying={commitments.isRefetching}
          />
        )}
        {commitments.data && items.length === 0 && <Text c="dimmed">{t('commitments.section.empty')}</Text>}
        {items.length > 0 && (
          <Stack component="ul" gap="xs" className="tindak-plain-list" aria-labelledby="commitments-heading">
            {items.map((commitment) => (
              <Paper component="li" key={commitment.id} withBorder p="sm">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={pathTo('commitment', { id: commitment.id })}
                    fw={600}
                    className="tindak-wrap"
                  >
                    {commitment.title}
                  </Anchor>
                  <FollowUpStatusBadge status={commitment.status} />
                </Group>
                <CommitmentSummaryLines commitment={commitment} />
              </Paper>
            ))}
          </Stack>
        )}
        <LoadMore query={commitments} label={t('commitments.section.loadMore')} />
      </Stack>
    </RecordSection>
  );
}
