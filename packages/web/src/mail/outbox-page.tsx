import { Alert, Button, Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { EmailStatus } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { LoadError } from '../follow-ups/load-states';
import { keptInOutboxOnly } from './email-labels';
import { readStatusFilter, writeStatusFilter } from './outbox-filter';
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
  const [params, setParams] = useSearchParams();
  const status = readStatusFilter(params);
  const setStatus = (next: EmailStatus | undefined) =>
    setParams((current) => writeStatusFilter(current, next), { replace: true });

  return (
    <Stack gap="md">
      <Title order={1} className="tindak-page-title">
        {title}
      </Title>
      <Text c="dimmed" maw={720}>
        {admin ? t('outbox.leadAdmin') : t('outbox.leadMine')}
      </Text>
      <SegmentedControl
        aria-label={t('outbox.filter')}
        value={status ?? 'all'}
        onChange={(value) => setStatus(value === 'all' ? undefined : (value as EmailStatus))}
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
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        refetchInterval: (q) =>
          q.state.data?.pages.some((page) => page.items.some((email) => email.status === 'pending'))
            ? PENDING_POLL_MS
            : false,
      },
    ),
  );

  if (query.isPending) return <ListSkeleton />;
  if (query.isError && !query.data) {
    return (
      <LoadError
        title={t('outbox.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }

  const emails = query.data?.pages.flatMap((page) => page.items) ?? [];
  const notice = keptInOutboxOnly(emails) && (
    <Alert color="yellow" title={t('outbox.noSmtp')}>
      {admin ? t('outbox.noSmtpAdmin') : t('outbox.noSmtpMine')}
    </Alert>
  );
  if (emails.length === 0) {
    return (
      <Card withBorder padding="xl">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{status ? t('outbox.emptyFiltered') : t('outbox.empty')}</Text>
          <Text size="sm" c="dimmed">
            {status
              ? t('outbox.emptyFilteredHint')
              : admin
                ? t('outbox.emptyHintAdmin')
                : t('outbox.emptyHint')}
          </Text>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack gap="sm">
      {notice}
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('outbox.shown', { count: emails.length })}
      </Text>
      <Stack component="ul" gap="xs" className="tindak-plain-list" aria-label={t('outbox.list')}>
        {emails.map((email) => (
          <OutboxRow key={email.id} email={email} admin={admin} />
        ))}
      </Stack>
      {query.isFetchNextPageError && (
        <Alert color="red" role="alert">
          {errorMessage(query.error, t('common.networkError'))}
        </Alert>
      )}
      {query.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {t('outbox.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ListSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
      {[0, 1, 2].map((n) => (
        <Card key={n} withBorder padding="sm">
          <Skeleton height={18} width="70%" mb="sm" />
          <Skeleton height={12} width="50%" mb={8} />
          <Skeleton height={12} width="30%" />
        </Card>
      ))}
    </Stack>
  );
}
