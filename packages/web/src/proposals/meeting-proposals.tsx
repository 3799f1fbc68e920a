import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { formatCalendarDate, type MeetingDetail, type ProposalSummary, pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useMayChange } from '../auth/use-authority';
import { ExportLinks } from '../exports/export-links';
import { useLanguage } from '../i18n/use-language';
import { LoadError, LoadMore } from '../kit/load-states';
import { RecordSection } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { ProposalForm } from './proposal-form';

/**
 * Proposals per request: one page holds every proposal of all but the largest meetings; beyond it a
 * button loads the next page, so none is silently left out.
 */
const LIST_LIMIT = 100;

/** "Usulan": proposals raised in this meeting, and a form to record a new one. */
export function MeetingProposals({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // A proposal raised here belongs to the meeting's host: only those who may change it record one.
  const mayAdd = useMayChange('proposal', meeting.homeRegionCodes);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const proposals = useInfiniteQuery(
    trpc.proposals.list.infiniteQueryOptions(
      { meetingId: meeting.id, limit: LIST_LIMIT },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = proposals.data?.pages.flatMap((page) => page.items) ?? [];

  const close = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <RecordSection
      id="proposals-heading"
      title={t('proposals.section.title')}
      aside={
        <>
          <ExportLinks kind="usulan" filters={{ meetingId: meeting.id }} />
          {mayAdd && !adding && (
            <Button ref={addButton} variant="light" onClick={() => setAdding(true)}>
              {t('proposals.section.add')}
            </Button>
          )}
        </>
      }
    >
      <Stack gap="sm">
        {mayAdd && adding && (
          <Paper withBorder p="sm">
            <Title order={3} size="h4" mb="sm">
              {t('proposals.form.newTitle')}
            </Title>
            <ProposalForm meetingId={meeting.id} defaultProposers={[meeting.host.id]} onDone={close} />
          </Paper>
        )}
        {proposals.isPending && <Skeleton height={60} aria-busy="true" aria-label={t('common.loading')} />}
        {proposals.isError && !proposals.data && (
          <LoadError
            title={t('proposals.section.loadError')}
            error={proposals.error}
            onRetry={() => void proposals.refetch()}
            retrying={proposals.isRefetching}
          />
        )}
        {proposals.data && items.length === 0 && <Text c="dimmed">{t('proposals.section.empty')}</Text>}
        {items.length > 0 && (
          <Stack component="ul" gap="xs" className="tindak-plain-list" aria-labelledby="proposals-heading">
            {items.map((proposal) => (
              <ProposalItem key={proposal.id} proposal={proposal} />
            ))}
          </Stack>
        )}
        <LoadMore query={proposals} label={t('proposals.section.loadMore')} />
      </Stack>
    </RecordSection>
  );
}

function ProposalItem({ proposal }: { proposal: ProposalSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Anchor
          component={Link}
          to={pathTo('proposal', { id: proposal.id })}
          fw={600}
          className="tindak-wrap"
        >
          {proposal.title}
        </Anchor>
        <FollowUpStatusBadge status={proposal.status} />
      </Group>
      <Text size="sm" c="dimmed" className="tindak-wrap">
        {t('proposals.section.fromTo', {
          from: proposal.proposers.map((p) => p.name).join(', '),
          to: proposal.addressedTo.name,
        })}
      </Text>
      {proposal.decidedOn && (
        <Text size="sm" c="dimmed">
          {t('proposals.section.decidedOn', { date: formatCalendarDate(proposal.decidedOn, lang) })}
        </Text>
      )}
    </Paper>
  );
}
