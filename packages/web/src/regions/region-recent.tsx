import { Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatCalendarDate, formatDate, pathTo } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HealthBadge } from '../action-items/shared/badges';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { FollowUpStatusBadge } from '../kit/status-badge';

const RECENT = 5;

interface Row {
  key: string;
  to: string;
  title: string;
  detail: string;
  badge?: ReactNode;
}

interface RecentSectionProps {
  title: string;
  empty: string;
  all?: { to: string; label: string };
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  rows: Row[] | undefined;
}

/** One kind of record of the region: the first few, each a link, and a way to the full list. */
function RecentSection({ title, empty, all, query, rows }: RecentSectionProps) {
  const { t } = useTranslation();
  const id = `recent-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card component="section" withBorder padding="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {query.isPending ? (
          <Stack gap={6} aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={14} width="80%" />
            <Skeleton height={14} width="60%" />
          </Stack>
        ) : query.isError ? (
          <Text size="sm" c="red.8" role="alert">
            {t('regions.recent.loadError')} {errorMessage(query.error, t('common.networkError'))}{' '}
            <Anchor component="button" size="sm" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Anchor>
          </Text>
        ) : !rows || rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" className="tindak-plain-list">
            {rows.map((row) => (
              <li key={row.key}>
                <Group gap="xs" justify="space-between" align="flex-start">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={row.to} size="sm" className="tindak-wrap">
                      {row.title}
                    </Anchor>
                    <Text size="xs" c="dimmed" className="tindak-wrap">
                      {row.detail}
                    </Text>
                  </Stack>
                  {row.badge}
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {all && rows && rows.length > 0 && (
          <Anchor component={Link} to={all.to} size="sm">
            {all.label}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

export function RecentMeetings({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.list.queryOptions({ regionCode: code, limit: RECENT }));
  return (
    <RecentSection
      title={t('regions.recent.meetings')}
      empty={t('regions.recent.emptyMeetings')}
      all={{ to: pathTo('meetings', {}, { wilayah: code }), label: t('regions.recent.allMeetings') }}
      query={query}
      rows={query.data?.items.map((m) => ({
        key: m.id,
        to: pathTo('meeting', { id: m.id }),
        title: m.title,
        detail: `${formatDate(m.startsAt, lang, m.timeZone)} · ${m.host.name}`,
      }))}
    />
  );
}

export function RecentProposals({ code }: { code: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.proposals.list.queryOptions({ regionCode: code, limit: RECENT }));
  return (
    <RecentSection
      title={t('regions.recent.proposals')}
      empty={t('regions.recent.emptyProposals')}
      query={query}
      rows={query.data?.items.map((p) => ({
        key: p.id,
        to: pathTo('proposal', { id: p.id }),
        title: p.title,
        detail: `${p.proposers.map((o) => o.name).join(', ')} → ${p.addressedTo.name}`,
        badge: <FollowUpStatusBadge status={p.status} />,
      }))}
    />
  );
}

export function RecentCommitments({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.commitments.list.queryOptions({ regionCode: code, limit: RECENT }));
  return (
    <RecentSection
      title={t('regions.recent.commitments')}
      empty={t('regions.recent.emptyCommitments')}
      all={{ to: pathTo('commitments', {}, { wilayah: code }), label: t('regions.recent.allCommitments') }}
      query={query}
      rows={query.data?.items.map((c) => ({
        key: c.id,
        to: pathTo('commitment', { id: c.id }),
        title: c.title,
        detail: [
          c.committedBy.name,
          c.dueOn ? t('regions.recent.due', { date: formatCalendarDate(c.dueOn, lang) }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
        badge: <FollowUpStatusBadge status={c.status} />,
      }))}
    />
  );
}

export function RecentActionItems({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.actionItems.list.queryOptions({
      regionCode: code,
      limit: RECENT,
      sort: 'due',
      // What still needs doing; finished work is in the completion figure.
      status: ['open', 'in_progress', 'awaiting_verification', 'blocked'],
    }),
  );
  return (
    <RecentSection
      title={t('regions.recent.actionItems')}
      empty={t('regions.recent.emptyActionItems')}
      all={{ to: pathTo('actionItems', {}, { wilayah: code }), label: t('regions.recent.allActionItems') }}
      query={query}
      rows={query.data?.items.map((i) => ({
        key: i.id,
        to: pathTo('actionItem', { id: i.id }),
        title: i.title,
        detail: `${i.ownerOrganization.name} · ${t('regions.recent.due', { date: formatCalendarDate(i.dueOn, lang) })}`,
        badge: i.health ? <HealthBadge health={i.health} /> : <FollowUpStatusBadge status={i.status} />,
      }))}
    />
  );
}
