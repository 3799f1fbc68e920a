import { Button, Checkbox, NativeSelect, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { proposalStatusMachine, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { RegionFilter } from '../../kit/filter-fields';
import { SearchField } from '../../kit/search-field';
import { OfficeSelect } from '../../records/office-select';
import {
  type ProposalFilters as Filters,
  isProposalStatus,
  PROPOSAL_SEARCH_MAX,
  proposalFilters,
} from './proposal-list-filters';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** Meetings offered in the filter: the most recent ones, where proposals are raised and chased. */
const MEETING_OPTIONS = 100;

/** Search, then who it is addressed to, status, awaiting a decision, region and meeting. */
export function ProposalFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const meetings = useQuery(
    trpc.meetings.list.queryOptions({ limit: MEETING_OPTIONS }, { staleTime: 5 * 60_000 }),
  );
  const meetingOptions = (meetings.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }));
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });

  return (
    <Paper component="section" aria-label={t('proposalList.filters')} withBorder p="sm">
      <Stack gap="sm">
        <SearchField
          q={filters.q}
          onSearch={(q) => set({ q })}
          maxLength={PROPOSAL_SEARCH_MAX}
          maw={480}
          label={t('proposalList.search')}
          placeholder={t('proposalList.searchPlaceholder')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
          <OfficeSelect
            label={t('proposalList.addressedTo')}
            placeholder={t('proposalList.anyAddressee')}
            value={filters.addressedTo ?? null}
            onChange={(value) => set({ addressedTo: value ?? undefined })}
          />
          <NativeSelect
            label={t('proposalList.status')}
            value={filters.status ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ status: isProposalStatus(value) ? value : undefined });
            }}
            data={[
              { value: '', label: t('proposalList.allStatuses') },
              ...proposalStatusMachine.statuses.map((s) => ({ value: s, label: statusLabel(s, lang) })),
            ]}
          />
          <RegionFilter
            label={t('proposalList.region')}
            placeholder={t('proposalList.allRegions')}
            value={filters.region}
            onChange={(region) => set({ region })}
          />
          <Select
            label={t('proposalList.meeting')}
            placeholder={t('proposalList.allMeetings')}
            value={filters.meeting ?? null}
            onChange={(value) => set({ meeting: value ?? undefined })}
            data={meetingOptions}
            searchable
            clearable
            nothingFoundMessage={t('proposalList.noMeetingMatches')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('proposalList.awaitingDecision')}
          description={t('proposalList.awaitingDecisionHint')}
          checked={filters.awaitingDecision}
          onChange={(event) => set({ awaitingDecision: event.currentTarget.checked })}
        />
      </Stack>
      {proposalFilters.activeCount(filters) > 0 && (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => onChange(proposalFilters.empty)}>
          {t('proposalList.clearFilters')}
        </Button>
      )}
    </Paper>
  );
}
