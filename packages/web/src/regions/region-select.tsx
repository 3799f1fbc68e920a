import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Region } from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { type RegionOptionGroup, regionOptionGroups } from '../kit/region-options';
import { filterRegionOptions, REGION_OPTION_LIMIT } from './region-search';

interface RegionChoices {
  /** The list to pick from; default the deployment's (regions.list). The setup page passes its own. */
  regions?: readonly Region[];
  /** How a province reads as an option, e.g. "Seluruh Provinsi Jambi" in a filter. */
  provinceLabel?: (name: string) => string;
  /** Options built once by the caller: a long attendance list has a picker on every row. */
  groups?: RegionOptionGroup[];
}

const NONE: readonly Region[] = [];

function useRegionGroups({ regions, provinceLabel, groups }: RegionChoices) {
  const trpc = useTRPC();
  // The deployment's list (the same cache as useRegions), asked only when none is given: the setup
  // page has no session to ask with.
  const loaded = useQuery(
    trpc.regions.list.queryOptions(undefined, {
      staleTime: Number.POSITIVE_INFINITY,
      enabled: !regions && !groups,
    }),
  );
  const list = regions ?? loaded.data ?? NONE;
  const built = useMemo(
    () => (groups ? [] : regionOptionGroups(list, provinceLabel)),
    [groups, list, provinceLabel],
  );
  return groups ?? built;
}

type RegionSelectProps = RegionChoices & Omit<SelectProps, 'data' | 'filter' | 'limit' | 'searchable'>;

/**
 * THE region picker: every province with its regencies and cities under it, searchable by name or
 * Kemendagri code, showing a limited number of options at a time.
 */
export function RegionSelect({ regions, provinceLabel, groups, ...props }: RegionSelectProps) {
  const { t } = useTranslation();
  const data = useRegionGroups({ regions, provinceLabel, groups });
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
export function RegionMultiSelect({ regions, provinceLabel, groups, ...props }: RegionMultiSelectProps) {
  const { t } = useTranslation();
  const data = useRegionGroups({ regions, provinceLabel, groups });
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
