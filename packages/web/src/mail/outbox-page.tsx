import { Alert, SegmentedControl, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type EmailStatus, emailStatuses } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { EmptyState, ListHeader, nextPageParam, PagedList } from '../kit/paged-list';
import { useUrlFilters } from '../kit/url-filters';
import { keptInOutboxOnly } from './email-labels';
import { outboxFilters } from './outbox-filter';
import { OutboxRow } from './outbox-row';

const PAGE_SIZE = 20;
/**
 * The worker sending mail records no event, so live updates do not cover it: while mail waits
 * on screen, ask again now and then to see it sent (or failed).
 */
export const PENDING_POLL_MS = 15_000;

/** The outbox title: all mail for admins ("Kotak keluar"), one's own for everyone else ("Surel saya"). */
export function useOutboxTitle(): string {
  const { t } = useTranslation();
  return useCan()('mail.manage') ? t('outbox.titleAdmin') : t('outbox.titleMine');
}

/** "/kotak-keluar": the mail Tindak sent (or tries to send), newest first. */
export function OutboxPage() {
  const { t } = useTranslation();
  const admin = useCan()('mail.manage');
  const title = useOutboxTitle();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const [{ status }, setFilters] = useUrlFilters(outboxFilters);
  const setStatus = (next: EmailStatus | undefined) => setFilters({ status: next });

  return (
    <Stack gap="md">
      <ListHeader title={title} intro={admin ? t('outbox.leadAdmin') : t('outbox.leadMine')} />
      <SegmentedControl
        aria-label={t('outbox.filter')}
        value={status ?? 'all'}
        onChange={(value) => setStatus(emailStatuses.find((known) => known === value))}
        data={[
          { value: 'all', label: t('outbox.all') },
          { value: 'pending', label: t('outbox.status.pending') },
          { value: 'sent', label: t('outbox.status.sent') },
          { value: 'failed', label: t('outbox.status.failed') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        maw="100%"
      />
      <OutboxResults status={status} admin={admin} />
    </Stack>
  );
}

function OutboxResults({ status, admin }: { status: EmailStatus | undefined; admin: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.outbox.list.infiniteQueryOptions(
      { status, limit: PAGE_SIZE },
      {
        getNextPageParam: nextPageParam,
        refetchInterval: (q) =>
          q.state.data?.pages.some((page) => page.items.some((email) => email.status === 'pending'))
            ? PENDING_POLL_MS
            : false,
      },
    ),
  );
  const emptyHint = status
    ? t('outbox.emptyFilteredHint')
    : admin
      ? t('outbox.emptyHintAdmin')
      : t('outbox.emptyHint');
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('outbox.loadError')}
      empty={<EmptyState title={status ? t('outbox.emptyFiltered') : t('outbox.empty')} hint={emptyHint} />}
      notice={(emails) =>
        keptInOutboxOnly(emails) && (
          <Alert color="yellow" title={t('outbox.noSmtp')}>
            {admin ? t('outbox.noSmtpAdmin') : t('outbox.noSmtpMine')}
          </Alert>
        )
      }
      shown={(count) => t('outbox.shown', { count })}
      loadMoreLabel={t('outbox.loadMore')}
    >
      {(emails) => (
        <Stack component="ul" gap="xs" className="tindak-plain-list" aria-label={t('outbox.list')}>
          {emails.map((email) => (
            <OutboxRow key={email.id} email={email} admin={admin} />
          ))}
        </Stack>
      )}
    </PagedList>
  );
}
