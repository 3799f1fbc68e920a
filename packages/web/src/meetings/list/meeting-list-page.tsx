import { Button, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useCan } from '../../auth/use-can';
import { dayRangeIsBackwards } from '../../kit/filter-fields';
import { EmptyState, ItemList, ListHeader, nextPageParam, PagedList } from '../../kit/paged-list';
import { useUrlFilters } from '../../kit/url-filters';
import { LastUpdated, useDataUpdatedAt } from '../../offline/last-updated';
import { type ListFilters, meetingFilters, toListInput } from './list-filters';
import { MeetingCard } from './meeting-card';
import { MeetingFilters } from './meeting-filters';

export function MeetingListPage() {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(`${t('meetingList.title')} · ${t('app.name')}`);
  const [filters, setFilters] = useUrlFilters(meetingFilters);
  const trpc = useTRPC();
  const updatedAt = useDataUpdatedAt(trpc.meetings.list.infiniteQueryKey(toListInput(filters)));

  return (
    <Stack gap="md">
      <ListHeader
        title={t('meetingList.title')}
        action={
          can('meeting.write') && (
            <Button component={Link} to={pathTo('newMeeting')}>
              {t('meetingList.logMeeting')}
            </Button>
          )
        }
      />
      <LastUpdated updatedAt={updatedAt} />
      <MeetingFilters filters={filters} onChange={setFilters} />
      {/* A backwards range cannot match anything; the field says so instead of asking the server. */}
      {!dayRangeIsBackwards(filters.from, filters.to) && <MeetingResults filters={filters} />}
    </Stack>
  );
}

function MeetingResults({ filters }: { filters: ListFilters }) {
  const { t } = useTranslation();
  const can = useCan();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.meetings.list.infiniteQueryOptions(toListInput(filters), { getNextPageParam: nextPageParam }),
  );
  const filtered = meetingFilters.activeCount(filters) > 0;
  const emptyHint = filtered
    ? t('meetingList.emptyHint')
    : can('meeting.write')
      ? t('meetingList.emptyAllHint')
      : t('meetingList.emptyAllHintReadOnly');
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('meetingList.loadError')}
      empty={
        <EmptyState title={filtered ? t('meetingList.empty') : t('meetingList.emptyAll')} hint={emptyHint} />
      }
      shown={(count) => t('meetingList.shown', { count })}
      loadMoreLabel={t('meetingList.loadMore')}
    >
      {(meetings) => (
        <ItemList
          label={t('meetingList.list')}
          items={meetings}
          render={(meeting) => <MeetingCard meeting={meeting} />}
        />
      )}
    </PagedList>
  );
}
