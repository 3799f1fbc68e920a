import { SegmentedControl, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FollowUpTabs } from '../../directives/follow-up-tabs';
import { ExportLinks } from '../../exports/export-links';
import { dayRangeIsBackwards } from '../../kit/filter-fields';
import { EmptyState, ItemList, ListHeader, nextPageParam, PagedList } from '../../kit/paged-list';
import { useUrlFilters } from '../../kit/url-filters';
import { LastUpdated, useDataUpdatedAt } from '../../offline/last-updated';
import '../action-items.css';
import { ActionItemBoard } from './action-item-board';
import { ActionItemCard } from './action-item-card';
import { ActionItemFilters } from './action-item-filters';
import { DirectiveCard, isDirectiveRow } from './directive-card';
import {
  activeFilterCount,
  type ItemFilters,
  type ItemView,
  itemFilters,
  itemView,
  toItemListInput,
} from './list-filters';

export function ActionItemListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('actionItems.list.title')} · ${t('app.name')}`);
  const [filters, setFilters] = useUrlFilters(itemFilters);
  const [{ view }, setView] = useUrlFilters(itemView);
  const trpc = useTRPC();
  const updatedAt = useDataUpdatedAt(trpc.actionItems.list.infiniteQueryKey(toItemListInput(filters, view)));

  return (
    <Stack gap="md">
      <FollowUpTabs />
      <ListHeader
        title={t('actionItems.list.title')}
        action={
          <SegmentedControl
            aria-label={t('actionItems.list.view')}
            value={view}
            onChange={(value) => setView({ view: value === 'board' ? 'board' : 'list' })}
            data={[
              { value: 'list', label: t('actionItems.list.viewList') },
              { value: 'board', label: t('actionItems.list.viewBoard') },
            ]}
          />
        }
      />
      <LastUpdated updatedAt={updatedAt} />
      <ActionItemFilters filters={filters} onChange={setFilters} />
      <ExportLinks kind="tindak-lanjut" filters={toItemListInput(filters, 'list')} />
      {/* A backwards range cannot match anything; the field says so instead of asking the server. */}
      {!dayRangeIsBackwards(filters.dueFrom, filters.dueTo) && (
        <ActionItemResults filters={filters} view={view} />
      )}
    </Stack>
  );
}

function ActionItemResults({ filters, view }: { filters: ItemFilters; view: ItemView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = toItemListInput(filters, view);
  const query = useInfiniteQuery(
    trpc.actionItems.list.infiniteQueryOptions(input, {
      getNextPageParam: nextPageParam,
    }),
  );
  const filtered = activeFilterCount(filters) > 0;
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('actionItems.list.loadError')}
      empty={
        <EmptyState
          title={filtered ? t('actionItems.list.empty') : t('actionItems.list.emptyAll')}
          hint={filtered ? t('actionItems.list.emptyHint') : t('actionItems.list.emptyAllHint')}
        />
      }
      shown={(count, more) =>
        more ? t('actionItems.list.shownMore', { count }) : t('actionItems.list.shown', { count })
      }
      loadMoreLabel={t('actionItems.list.loadMore')}
    >
      {(items) =>
        view === 'board' ? (
          <ActionItemBoard items={items} input={input} />
        ) : (
          <ItemList
            label={t('actionItems.list.list')}
            items={items}
            render={(item) =>
              isDirectiveRow(item) ? (
                <DirectiveCard row={item} input={input} />
              ) : (
                <ActionItemCard item={item} />
              )
            }
          />
        )
      }
    </PagedList>
  );
}
