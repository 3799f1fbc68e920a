import { Button, NativeSelect, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { translateMessage } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { regionOptionGroups } from '../../kit/region-options';
import { useRegions } from '../../kit/use-regions';
import { isMeetingType, meetingTypeOptions } from '../shared/options';
import { type ListFilters, meetingFilters, rangeIsBackwards } from './list-filters';

interface MeetingFiltersProps {
  filters: ListFilters;
  onChange: (filters: Partial<ListFilters>) => void;
}

export function MeetingFilters({ filters, onChange }: MeetingFiltersProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { regions } = useRegions();
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
        <Select
          label={t('meetingList.region')}
          placeholder={t('meetingList.allRegions')}
          value={filters.region ?? null}
          onChange={(value) => set({ region: value ?? undefined })}
          data={regionOptionGroups(regions, (name) => t('meetingList.wholeProvince', { name }))}
          searchable
          clearable
          nothingFoundMessage={t('common.dash')}
        />
        <TextInput
          type="date"
          label={t('meetingList.from')}
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(event) => set({ from: event.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('meetingList.to')}
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(event) => set({ to: event.currentTarget.value || undefined })}
          error={rangeIsBackwards(filters) ? translateMessage('fromAfterTo', lang) : undefined}
        />
      </SimpleGrid>
      {meetingFilters.activeCount(filters) > 0 && (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => onChange({})}>
          {t('meetingList.clearFilters')}
        </Button>
      )}
    </Paper>
  );
}
