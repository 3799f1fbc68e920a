import { Button, NativeSelect, Paper, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayRangeFilter, RegionFilter } from '../../kit/filter-fields';
import { isMeetingType, meetingTypeOptions } from '../shared/options';
import { type ListFilters, meetingFilters } from './list-filters';

interface MeetingFiltersProps {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
}

export function MeetingFilters({ filters, onChange }: MeetingFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });

  return (
    <Paper component="section" aria-label={t('meetingList.filters')} withBorder p="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <NativeSelect
          label={t('meetingList.type')}
          value={filters.type ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set({ type: isMeetingType(value) ? value : undefined });
          }}
          data={[{ value: '', label: t('meetingList.allTypes') }, ...meetingTypeOptions(t)]}
        />
        <RegionFilter
          label={t('meetingList.region')}
          placeholder={t('meetingList.allRegions')}
          value={filters.region}
          onChange={(region) => set({ region })}
        />
        <DayRangeFilter
          fromLabel={t('meetingList.from')}
          toLabel={t('meetingList.to')}
          from={filters.from}
          to={filters.to}
          onChange={set}
        />
      </SimpleGrid>
      {meetingFilters.activeCount(filters) > 0 && (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => onChange(meetingFilters.empty)}>
          {t('meetingList.clearFilters')}
        </Button>
      )}
    </Paper>
  );
}
