import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { LoadError } from '../kit/load-states';
import { EmptyState, ListHeader, ListSkeleton } from '../kit/paged-list';
import { SearchField } from '../kit/search-field';
import { searchText, urlCodec, useUrlFilters } from '../kit/url-filters';
import { RegionTabs } from '../regions/region-tabs';
import { IndicatorForm } from './indicator-form';
import { IndicatorRows } from './indicator-rows';

/** The search in the address, in Indonesian like the paths: `/indikator?cari=spbe`. */
const indicatorFilters = urlCodec({ q: searchText('cari', 200) });

/**
 * `/indikator`: the indicators the user sees, each with how its latest period stands in their
 * scope. Those who may define indicators add one here; it then opens on its own page.
 */
export function IndicatorListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('indicators.title')} · ${t('app.name')}`);
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(indicatorFilters);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeAdd = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <Stack gap="md">
      <RegionTabs />
      <ListHeader
        title={t('indicators.title')}
        intro={t('indicators.lead')}
        action={
          can('indicator.define') &&
          !adding && (
            <Button ref={addButton} onClick={() => setAdding(true)}>
              {t('indicators.add')}
            </Button>
          )
        }
      />
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby="define-indicator-heading">
          <Title order={2} size="h3" id="define-indicator-heading" mb="sm">
            {t('indicators.form.defineTitle')}
          </Title>
          <IndicatorForm
            onDone={closeAdd}
            onSaved={(saved) => navigate(pathTo('indicator', { id: saved.id }))}
          />
        </Paper>
      )}
      <SearchField
        label={t('indicators.search')}
        q={filters.q}
        onSearch={(q) => setFilters({ q })}
        maxLength={200}
        maw={420}
      />
      <IndicatorList q={filters.q} />
    </Stack>
  );
}

function IndicatorList({ q }: { q: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.indicators.list.queryOptions({ q: q || undefined }, { placeholderData: keepPreviousData }),
  );
  if (query.isPending) return <ListSkeleton />;
  if (query.isError) {
    return (
      <LoadError
        title={t('indicators.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  const { items } = query.data;
  if (items.length === 0) {
    return q ? (
      <EmptyState title={t('indicators.noMatch')} hint={t('indicators.noMatchHint')} />
    ) : (
      <EmptyState title={t('indicators.empty')} hint={t('indicators.emptyHint')} />
    );
  }
  return (
    <Stack gap="sm" aria-busy={query.isPlaceholderData}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('indicators.shown', { count: items.length })}
      </Text>
      <IndicatorRows indicators={items} />
    </Stack>
  );
}
