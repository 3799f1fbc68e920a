import { Button, Checkbox, NativeSelect, Paper, Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { commitmentStatusMachine, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { RegionFilter } from '../../kit/filter-fields';
import { isCommitmentStatus, type TrackerFilters, trackerFilters } from './tracker-filters';

interface Props {
  filters: TrackerFilters;
  onChange: (filters: TrackerFilters) => void;
}

export function CommitmentTrackerFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const parties = useQuery(trpc.commitments.parties.queryOptions());
  const set = (patch: Partial<TrackerFilters>) => onChange({ ...filters, ...patch });

  return (
    <Paper component="section" aria-label={t('commitmentTracker.filters')} withBorder p="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <Select
          label={t('commitmentTracker.party')}
          placeholder={t('commitmentTracker.allParties')}
          value={filters.party ?? null}
          onChange={(value) => set({ party: value ?? undefined })}
          data={(parties.data ?? []).map((p) => ({
            value: p.id,
            label: t('commitmentTracker.partyOption', { name: p.name, count: p.commitments }),
          }))}
          searchable
          clearable
          nothingFoundMessage={t('common.dash')}
        />
        <NativeSelect
          label={t('commitmentTracker.status')}
          value={filters.status ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set({ status: isCommitmentStatus(value) ? value : undefined });
          }}
          data={[
            { value: '', label: t('commitmentTracker.allStatuses') },
            ...commitmentStatusMachine.statuses.map((s) => ({ value: s, label: statusLabel(s, lang) })),
          ]}
        />
        <RegionFilter
          label={t('commitmentTracker.region')}
          placeholder={t('commitmentTracker.allRegions')}
          value={filters.region}
          onChange={(region) => set({ region })}
        />
        <Checkbox
          label={t('commitmentTracker.overdueOnly')}
          checked={filters.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
          mt={{ base: 0, xs: 'xl' }}
        />
      </SimpleGrid>
      {trackerFilters.activeCount(filters) > 0 && (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => onChange(trackerFilters.empty)}>
          {t('commitmentTracker.clearFilters')}
        </Button>
      )}
    </Paper>
  );
}
