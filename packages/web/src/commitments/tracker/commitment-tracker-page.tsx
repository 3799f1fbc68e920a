import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CommitmentTabs } from '../../agreements/commitment-tabs';
import { useTRPC } from '../../api/trpc';
import { ExportLinks } from '../../exports/export-links';
import { EmptyState, ItemList, ListHeader, nextPageParam, PagedList } from '../../kit/paged-list';
import { useUrlFilters } from '../../kit/url-filters';
import { CommitmentTrackerFilters } from './commitment-tracker-filters';
import { CommitmentTrackerRow } from './commitment-tracker-row';
import { type TrackerFilters, toTrackerInput, trackerFilters } from './tracker-filters';

/** `/komitmen`: every commitment in scope, filterable by party, status, region and lateness. */
export function CommitmentTrackerPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('commitmentTracker.title')} · ${t('app.name')}`);
  const [filters, setFilters] = useUrlFilters(trackerFilters);

  return (
    <Stack gap="md">
      <CommitmentTabs />
      <ListHeader title={t('commitmentTracker.title')} intro={t('commitmentTracker.intro')} />
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
    trpc.commitments.list.infiniteQueryOptions(toTrackerInput(filters), { getNextPageParam: nextPageParam }),
  );
  const filtered = trackerFilters.activeCount(filters) > 0;
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('commitmentTracker.loadError')}
      empty={
        <EmptyState
          title={filtered ? t('commitmentTracker.empty') : t('commitmentTracker.emptyAll')}
          hint={filtered ? t('commitmentTracker.emptyHint') : t('commitmentTracker.emptyAllHint')}
        />
      }
      shown={(count) => t('commitmentTracker.shown', { count })}
      loadMoreLabel={t('commitmentTracker.loadMore')}
    >
      {(commitments) => (
        <ItemList
          label={t('commitmentTracker.list')}
          items={commitments}
          render={(commitment) => <CommitmentTrackerRow commitment={commitment} />}
        />
      )}
    </PagedList>
  );
}
