import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { ExportLinks } from '../../exports/export-links';
import { LoadError } from '../../follow-ups/load-states';
import { CommitmentTrackerFilters } from './commitment-tracker-filters';
import { CommitmentTrackerRow } from './commitment-tracker-row';
import {
  hasTrackerFilters,
  readTrackerFilters,
  type TrackerFilters,
  toTrackerInput,
  writeTrackerFilters,
} from './tracker-filters';

/** `/komitmen`: every commitment in scope, filterable by party, status, region and lateness. */
export function CommitmentTrackerPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('commitmentTracker.title')} · ${t('app.name')}`);
  const [params, setParams] = useSearchParams();
  const filters = readTrackerFilters(params);
  // Replacing keeps Back meaning "the page before the tracker", not every filter tweak.
  const setFilters = (next: TrackerFilters) =>
    setParams((current) => writeTrackerFilters(current, next), { replace: true });

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} className="tindak-page-title">
          {t('commitmentTracker.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('commitmentTracker.intro')}
        </Text>
      </Stack>
      <CommitmentTrackerFilters filters={filters} onChange={setFilters} />
      <ExportLinks kind="komitmen" filters={toTrackerInput(filters)} />
      <TrackerResults filters={filters} />
    </Stack>
  );
}

function TrackerResults({ filters }: { filters: TrackerFilters }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.commitments.list.infiniteQueryOptions(toTrackerInput(filters), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );

  if (query.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        {[0, 1, 2].map((n) => (
          <Card key={n} withBorder padding="md">
            <Skeleton height={20} width="70%" mb="sm" />
            <Skeleton height={12} width="50%" mb={8} />
            <Skeleton height={12} width="40%" />
          </Card>
        ))}
      </Stack>
    );
  }
  if (query.isError && !query.data) {
    return (
      <LoadError
        title={t('commitmentTracker.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }

  const commitments = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (commitments.length === 0) {
    const filtered = hasTrackerFilters(filters);
    return (
      <Card withBorder padding="xl">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{filtered ? t('commitmentTracker.empty') : t('commitmentTracker.emptyAll')}</Text>
          <Text size="sm" c="dimmed">
            {filtered ? t('commitmentTracker.emptyHint') : t('commitmentTracker.emptyAllHint')}
          </Text>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('commitmentTracker.shown', { count: commitments.length })}
      </Text>
      <Stack component="ul" gap="sm" className="tindak-plain-list" aria-label={t('commitmentTracker.list')}>
        {commitments.map((commitment) => (
          <li key={commitment.id}>
            <CommitmentTrackerRow commitment={commitment} />
          </li>
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
            {t('commitmentTracker.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
