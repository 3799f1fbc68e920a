import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import type { Region } from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionOptionGroups } from '../kit/region-options';
import { useRegions } from '../kit/use-regions';
import { filterRegionOptions, REGION_OPTION_LIMIT } from './region-search';

interface RegionChoices {
  /** The list to pick from; default the deployment's (regions.list). The setup page passes its own. */
  regions?: readonly Region[];
  /** How a province reads as an option, e.g. "Seluruh Provinsi Jambi" in a filter. */
  provinceLabel?: (name: string) => string;
}

function useRegionGroups({ regions, provinceLabel }: RegionChoices) {
  const loaded = useRegions();
  const list = regions ?? loaded.regions;
  return useMemo(() => regionOptionGroups(list, provinceLabel), [list, provinceLabel]);
}

type RegionSelectProps = RegionChoices & Omit<SelectProps, 'data' | 'filter' | 'limit' | 'searchable'>;

/**
 * THE region picker: every province with its regencies and cities under it, searchable by name or
 * Kemendagri code, showing a limited number of options at a time.
 */
export function RegionSelect({ regions, provinceLabel, ...props }: RegionSelectProps) {
  const { t } = useTranslation();
  const data = useRegionGroups({ regions, provinceLabel });
  return (
    <Select
      nothingFoundMessage={t('regionPicker.nothingFound')}
      {...props}
      data={data}
      searchable
      filter={filterRegionOptions}
      limit={REGION_OPTION_LIMIT}
    />
  );
}

type RegionMultiSelectProps = RegionChoices &
  Omit<MultiSelectProps, 'data' | 'filter' | 'limit' | 'searchable'>;

/** The same picker for several regions (a commitment for some regencies). */
export function RegionMultiSelect({ regions, provinceLabel, ...props }: RegionMultiSelectProps) {
  const { t } = useTranslation();
  const data = useRegionGroups({ regions, provinceLabel });
  return (
    <MultiSelect
      nothingFoundMessage={t('regionPicker.nothingFound')}
      {...props}
      data={data}
      searchable
      filter={filterRegionOptions}
      limit={REGION_OPTION_LIMIT}
    />
  );
}
