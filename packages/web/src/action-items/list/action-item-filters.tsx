import {
  Button,
  Collapse,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Switch,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { DayRangeFilter, RegionFilter } from '../../kit/filter-fields';
import { organizationSelectProps, useOrganizations } from '../../organizations/use-organizations';
import { healthOptions, isActionItemStatus, isHealth, statusOptions } from '../shared/options';
import { activeFilterCount, type ItemFilters, itemFilters } from './list-filters';

interface ActionItemFiltersProps {
  filters: ItemFilters;
  onChange: (filters: ItemFilters) => void;
}

/** Source meetings offered in the filter: the most recent ones, which is where follow-ups are chased. */
const MEETING_OPTIONS = 100;

export function ActionItemFilters({ filters, onChange }: ActionItemFiltersProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const meetings = useQuery(
    trpc.meetings.list.queryOptions({ limit: MEETING_OPTIONS }, { staleTime: 5 * 60_000 }),
  );
  const meetingOptions = (meetings.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }));
  const set = (patch: Partial<ItemFilters>) => onChange({ ...filters, ...patch });
  const active = activeFilterCount(filters);

  // Nine filters stacked would push the list off a phone screen; there they open on request.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [shownOnPhone, setShownOnPhone] = useState(false);
  const panelId = useId();
  const shown = !phone || shownOnPhone;

  return (
    <Paper component="section" aria-label={t('actionItems.list.filters')} withBorder p="sm">
      {phone && (
        <Button
          variant="light"
          fullWidth
          aria-expanded={shownOnPhone}
          aria-controls={panelId}
          onClick={() => setShownOnPhone((open) => !open)}
          mb={shownOnPhone ? 'sm' : 0}
        >
          {active > 0
            ? t('actionItems.list.toggleFiltersActive', { count: active })
            : t('actionItems.list.toggleFilters')}
        </Button>
      )}
      <Collapse expanded={shown} id={panelId}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <MultiSelect
            label={t('actionItems.list.status')}
            placeholder={filters.status.length === 0 ? t('actionItems.list.allStatuses') : undefined}
            data={statusOptions(lang)}
            value={filters.status}
            onChange={(values) => set({ status: values.filter(isActionItemStatus) })}
            clearable
          />
          <NativeSelect
            label={t('actionItems.list.health')}
            value={filters.health ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ health: isHealth(value) ? value : undefined });
            }}
            data={[{ value: '', label: t('actionItems.list.allHealth') }, ...healthOptions(t)]}
          />
          <Select
            label={t('actionItems.list.office')}
            placeholder={t('actionItems.list.allOffices')}
            {...officeSelect}
            value={filters.office ?? null}
            onChange={(value) => set({ office: value ?? undefined })}
            searchable
            clearable
            nothingFoundMessage={t('actionItems.noOfficeMatches')}
          />
          <RegionFilter
            label={t('actionItems.list.region')}
            placeholder={t('actionItems.list.allRegions')}
            value={filters.region}
            onChange={(region) => set({ region })}
          />
          <Select
            label={t('actionItems.list.meeting')}
            placeholder={t('actionItems.list.allMeetings')}
            value={filters.meeting ?? null}
            onChange={(value) => set({ meeting: value ?? undefined })}
            data={meetingOptions}
            searchable
            clearable
            nothingFoundMessage={t('actionItems.list.noMeetingMatches')}
          />
          <DayRangeFilter
            fromLabel={t('actionItems.list.dueFrom')}
            toLabel={t('actionItems.list.dueTo')}
            from={filters.dueFrom}
            to={filters.dueTo}
            onChange={({ from, to }) => set({ dueFrom: from, dueTo: to })}
          />
          <NativeSelect
            label={t('actionItems.list.sort')}
            value={filters.sort}
            onChange={(event) => set({ sort: event.currentTarget.value === 'newest' ? 'newest' : 'due' })}
            data={[
              { value: 'due', label: t('actionItems.list.sortDue') },
              { value: 'newest', label: t('actionItems.list.sortNewest') },
            ]}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="sm" gap="sm">
          <Switch
            label={t('actionItems.list.overdueOnly')}
            checked={filters.overdueOnly}
            onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
          />
          {active > 0 && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => onChange({ ...itemFilters.empty, sort: filters.sort })}
            >
              {t('actionItems.list.clearFilters')}
            </Button>
          )}
        </Group>
      </Collapse>
    </Paper>
  );
}
