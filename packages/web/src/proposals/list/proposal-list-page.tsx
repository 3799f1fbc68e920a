import { Button, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useCan } from '../../auth/use-can';
import { ExportLinks } from '../../exports/export-links';
import { EmptyState, ItemList, ListHeader, nextPageParam, PagedList } from '../../kit/paged-list';
import { useUrlFilters } from '../../kit/url-filters';
import { ProposalForm } from '../proposal-form';
import { ProposalFilters } from './proposal-filters';
import {
  type ProposalFilters as Filters,
  proposalFilters,
  toProposalListInput,
} from './proposal-list-filters';
import { ProposalRow } from './proposal-row';

/** `/usulan`: every proposal in scope, raised in meetings or sent by letter, filterable and exportable. */
export function ProposalListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  useDocumentTitle(`${t('proposalList.title')} · ${t('app.name')}`);
  const [filters, setFilters] = useUrlFilters(proposalFilters);
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="md">
      <ListHeader
        title={t('proposalList.title')}
        intro={t('proposalList.intro')}
        action={
          can('proposal.write') &&
          !adding && <Button onClick={() => setAdding(true)}>{t('proposalList.new')}</Button>
        }
      />
      {adding && (
        // Outside a meeting a proposal is one sent by letter; saved, its page shows what follows.
        <Paper withBorder p="md" component="section" aria-labelledby="new-proposal-title">
          <Title order={2} size="h4" mb="sm" id="new-proposal-title">
            {t('proposalList.newByLetter')}
          </Title>
          <ProposalForm
            onDone={(saved) => {
              setAdding(false);
              if (saved) void navigate(pathTo('proposal', { id: saved.id }));
            }}
          />
        </Paper>
      )}
      <ProposalFilters filters={filters} onChange={setFilters} />
      <ExportLinks kind="usulan" filters={toProposalListInput(filters)} />
      <ProposalResults filters={filters} />
    </Stack>
  );
}

function ProposalResults({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.proposals.list.infiniteQueryOptions(toProposalListInput(filters), {
      getNextPageParam: nextPageParam,
    }),
  );
  const filtered = proposalFilters.activeCount(filters) > 0;
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('proposalList.loadError')}
      empty={
        <EmptyState
          title={filtered ? t('proposalList.empty') : t('proposalList.emptyAll')}
          hint={filtered ? t('proposalList.emptyHint') : t('proposalList.emptyAllHint')}
        />
      }
      shown={(count) => t('proposalList.shown', { count })}
      loadMoreLabel={t('proposalList.loadMore')}
    >
      {(proposals) => (
        <ItemList
          label={t('proposalList.list')}
          items={proposals}
          render={(proposal) => <ProposalRow proposal={proposal} />}
        />
      )}
    </PagedList>
  );
}
