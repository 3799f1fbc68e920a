import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useCan } from '../../auth/use-can';
import {
  hasFilters,
  type ListFilters,
  rangeIsBackwards,
  readFilters,
  toListInput,
  writeFilters,
} from './list-filters';
import { MeetingCard } from './meeting-card';
import { MeetingFilters } from './meeting-filters';

export function MeetingListPage() {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(`${t('meetingList.title')} · ${t('app.name')}`);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // Replacing keeps Back meaning "the page before the list", not every filter tweak.
  const setFilters = (next: ListFilters) =>
    setParams((current) => writeFilters(current, next), { replace: true });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1} className="tindak-page-title">
          {t('meetingList.title')}
        </Title>
        {can('meeting.write') && (
          <Button component={Link} to="/rapat/baru">
            {t('meetingList.logMeeting')}
          </Button>
        )}
      </Group>
      <MeetingFilters filters={filters} onChange={setFilters} />
      {/* A backwards range cannot match anything; the field says so instead of asking the server. */}
      {!rangeIsBackwards(filters) && <MeetingResults filters={filters} />}
    </Stack>
  );
}

function MeetingResults({ filters }: { filters: ListFilters }) {
  const { t } = useTranslation();
  const can = useCan();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.meetings.list.infiniteQueryOptions(toListInput(filters), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );

  if (query.isPending) return <ListSkeleton />;

  if (query.isError && !query.data) {
    return (
      <Alert color="red" title={t('meetingList.loadError')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(query.error, t('common.networkError'))}</Text>
          <Button
            variant="white"
            color="red"
            onClick={() => void query.refetch()}
            loading={query.isRefetching}
          >
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const meetings = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (meetings.length === 0) {
    const filtered = hasFilters(filters);
    return (
      <Card withBorder padding="xl">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{filtered ? t('meetingList.empty') : t('meetingList.emptyAll')}</Text>
          <Text size="sm" c="dimmed">
            {filtered
              ? t('meetingList.emptyHint')
              : can('meeting.write')
                ? t('meetingList.emptyAllHint')
                : t('meetingList.emptyAllHintReadOnly')}
          </Text>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('meetingList.shown', { count: meetings.length })}
      </Text>
      <Stack component="ul" gap="sm" className="tindak-plain-list" aria-label={t('meetingList.list')}>
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard meeting={meeting} />
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
            {t('meetingList.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ListSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
      {[0, 1, 2].map((n) => (
        <Card key={n} withBorder padding="md">
          <Skeleton height={20} width="70%" mb="sm" />
          <Skeleton height={12} width="50%" mb={8} />
          <Skeleton height={12} width="40%" mb={8} />
          <Skeleton height={12} width="30%" />
        </Card>
      ))}
    </Stack>
  );
}
