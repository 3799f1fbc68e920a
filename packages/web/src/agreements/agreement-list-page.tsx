import { Button, NativeSelect, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { EmptyState, ItemList, ListHeader, nextPageParam, PagedList } from '../kit/paged-list';
import { SearchField } from '../kit/search-field';
import { useUrlFilters } from '../kit/url-filters';
import { OfficeSelect } from '../records/office-select';
import {
  AGREEMENT_SEARCH_MAX,
  type AgreementFilters,
  agreementFilters,
  kindValues,
  statusValues,
  toAgreementListInput,
} from './agreement-filters';
import { AgreementForm } from './agreement-form';
import { AgreementRow } from './agreement-row';
import { kindLabel, statusLabel } from './agreement-words';
import { CommitmentTabs } from './commitment-tabs';

/** `/kesepakatan`: every agreement in scope with its parties, filterable by kind, status and party. */
export function AgreementListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  useDocumentTitle(`${t('agreements.title')} · ${t('app.name')}`);
  const [filters, setFilters] = useUrlFilters(agreementFilters);
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="md">
      <CommitmentTabs />
      <ListHeader
        title={t('agreements.title')}
        intro={t('agreements.intro')}
        action={
          can('agreement.write') &&
          !adding && <Button onClick={() => setAdding(true)}>{t('agreements.new')}</Button>
        }
      />
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby="new-agreement-title">
          <Title order={2} size="h4" mb="sm" id="new-agreement-title">
            {t('agreements.form.newTitle')}
          </Title>
          <AgreementForm
            onDone={(saved) => {
              setAdding(false);
              if (saved) void navigate(pathTo('agreement', { id: saved.id }));
            }}
          />
        </Paper>
      )}
      <Filters filters={filters} onChange={setFilters} />
      <Results filters={filters} />
    </Stack>
  );
}

function Filters({
  filters,
  onChange,
}: {
  filters: AgreementFilters;
  onChange: (f: AgreementFilters) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<AgreementFilters>) => onChange({ ...filters, ...patch });
  return (
    <Paper component="section" aria-label={t('agreements.filters')} withBorder p="sm">
      <Stack gap="sm">
        <SearchField
          q={filters.q}
          onSearch={(q) => set({ q })}
          maxLength={AGREEMENT_SEARCH_MAX}
          maw={480}
          label={t('agreements.search')}
          placeholder={t('agreements.searchPlaceholder')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NativeSelect
            label={t('agreements.kindLabel')}
            value={filters.kind ?? ''}
            onChange={(event) => {
              const value = kindValues.find((k) => k === event.currentTarget.value);
              set({ kind: value });
            }}
            data={[
              { value: '', label: t('agreements.allKinds') },
              ...kindValues.map((k) => ({ value: k, label: kindLabel(k, t) })),
            ]}
          />
          <NativeSelect
            label={t('agreements.statusLabel')}
            value={filters.status ?? ''}
            onChange={(event) => {
              const value = statusValues.find((s) => s === event.currentTarget.value);
              set({ status: value });
            }}
            data={[
              { value: '', label: t('agreements.allStatuses') },
              ...statusValues.map((s) => ({ value: s, label: statusLabel(s, t) })),
            ]}
          />
          <OfficeSelect
            label={t('agreements.party')}
            placeholder={t('agreements.anyParty')}
            value={filters.party ?? null}
            onChange={(value) => set({ party: value ?? undefined })}
          />
        </SimpleGrid>
      </Stack>
      {agreementFilters.activeCount(filters) > 0 && (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => onChange(agreementFilters.empty)}>
          {t('agreements.clearFilters')}
        </Button>
      )}
    </Paper>
  );
}

function Results({ filters }: { filters: AgreementFilters }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.agreements.list.infiniteQueryOptions(toAgreementListInput(filters), {
      getNextPageParam: nextPageParam,
    }),
  );
  const filtered = agreementFilters.activeCount(filters) > 0;
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('agreements.loadError')}
      empty={
        <EmptyState
          title={filtered ? t('agreements.empty') : t('agreements.emptyAll')}
          hint={filtered ? t('agreements.emptyHint') : t('agreements.emptyAllHint')}
        />
      }
      shown={(count) => t('agreements.shown', { count })}
      loadMoreLabel={t('agreements.loadMore')}
    >
      {(agreements) => (
        <ItemList
          label={t('agreements.list')}
          items={agreements}
          render={(agreement) => <AgreementRow agreement={agreement} />}
        />
      )}
    </PagedList>
  );
}
