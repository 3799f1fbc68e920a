import { Alert, Button, Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { ExportLinks } from '../../exports/export-links';
import '../action-items.css';
import { ActionItemBoard } from './action-item-board';
import { ActionItemCard } from './action-item-card';
import { ActionItemFilters } from './action-item-filters';
import {
  activeFilterCount,
  dueRangeIsBackwards,
  type ItemFilters,
  type ItemView,
  readItemFilters,
  readView,
  toItemListInput,
  writeItemFilters,
  writeView,
} from './list-filters';

export function ActionItemListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('actionItems.list.title')} · ${t('app.name')}`);
  const [params, setParams] = useSearchParams();
  const filters = readItemFilters(params);
  const view = readView(params);
  // Replacing keeps Back meaning "the page before the list", not every filter tweak.
  const setFilters = (next: ItemFilters) =>
    setParams((current) => writeItemFilters(current, next), { replace: true });
  const setView = (next: ItemView) => setParams((current) => writeView(current, next), { replace: true });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} className="tindak-page-title">
          {t('actionItems.list.title')}
        </Title>
        <SegmentedControl
          aria-label={t('actionItems.list.view')}
          value={view}
          onChange={(value) => setView(value === 'board' ? 'board' : 'list')}
          data={[
            { value: 'list', label: t('actionItems.list.viewList') },
            { value: 'board', label: t('actionItems.list.viewBoard') },
          ]}
        />
      </Group>
      <ActionItemFilters filters={filters} onChange={setFilters} />
      <ExportLinks kind="tindak-lanjut" filters={toItemListInput(filters, 'list')} />
      {/* A backwards range cannot match anything; the field says so instead of asking the server. */}
      {!dueRangeIsBackwards(filters) && <ActionItemResults filters={filters} view={view} />}
    </Stack>
  );
}

function ActionItemResults({ filters, view }: { filters: ItemFilters; view: ItemView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.actionItems.list.infiniteQueryOptions(toItemListInput(filters, view), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );

  if (query.isPending) return <ListSkeleton />;

  if (query.isError && !query.data) {
    return (
      <Alert color="red" title={t('actionItems.list.loadError')} role="alert">
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

  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) {
    const filtered = activeFilterCount(filters) > 0;
    return (
      <Card withBorder padding="xl">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{filtered ? t('actionItems.list.empty') : t('actionItems.list.emptyAll')}</Text>
          <Text size="sm" c="dimmed">
            {filtered ? t('actionItems.list.emptyHint') : t('actionItems.list.emptyAllHint')}
          </Text>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {query.hasNextPage
          ? t('actionItems.list.shownMore', { count: items.length })
          : t('actionItems.list.shown', { count: items.length })}
      </Text>
      {view === 'board' ? (
        <ActionItemBoard items={items} />
      ) : (
        <Stack component="ul" gap="sm" className="tindak-plain-list" aria-label={t('actionItems.list.list')}>
          {items.map((item) => (
            <li key={item.id}>
              <ActionItemCard item={item} />
            </li>
          ))}
        </Stack>
      )}
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
            {t('actionItems.list.loadMore')}
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
          <Skeleton height={14} width="30%" mb="sm" />
          <Skeleton height={20} width="70%" mb="sm" />
          <Skeleton height={12} width="40%" mb={8} />
          <Skeleton height={8} width="100%" />
        </Card>
      ))}
    </Stack>
  );
}
