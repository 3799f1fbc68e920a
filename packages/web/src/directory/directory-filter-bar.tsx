import { Group, NativeSelect } from '@mantine/core';
import { type DirectoryStatus, directoryStatuses } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionFilter } from '../kit/filter-fields';
import { SearchField } from '../kit/search-field';

/** The filters every directory has: what was typed, the region and which records by status. */
interface DirectoryFilterValues {
  q: string;
  regionCode?: string | undefined;
  status: DirectoryStatus;
}

interface DirectoryFilterBarProps {
  /** The words' namespace: each has search, searchPlaceholder, region, allRegions, status, statuses.*. */
  words: 'directory' | 'people';
  values: DirectoryFilterValues;
  onChange: (next: Partial<DirectoryFilterValues>) => void;
  /** The directory's own filters, between the search and the region (kind, office). */
  children: ReactNode;
}

/** A directory's filter bar, one way: search, its own filters, region (with what lies beneath it), status. */
export function DirectoryFilterBar(props: DirectoryFilterBarProps) {
  const { words, values, onChange, children } = props;
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        q={values.q}
        onSearch={(q) => onChange({ q })}
        w={280}
        label={t(`${words}.search`)}
        placeholder={t(`${words}.searchPlaceholder`)}
        maxLength={100}
      />
      {children}
      <RegionFilter
        label={t(`${words}.region`)}
        placeholder={t(`${words}.allRegions`)}
        value={values.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
      />
      <NativeSelect
        label={t(`${words}.status`)}
        value={values.status}
        data={directoryStatuses.map((status) => ({ value: status, label: t(`${words}.statuses.${status}`) }))}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          onChange({ status: directoryStatuses.find((status) => status === picked) ?? 'active' });
        }}
      />
    </Group>
  );
}
