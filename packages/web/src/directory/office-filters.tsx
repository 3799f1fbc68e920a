import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  enumOf,
  type OfficeStatus,
  type OrganizationKind,
  officeStatuses,
  organizationKinds,
  regionCodeSchema,
} from '@tindak/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionFilter } from '../kit/filter-fields';
import { oneOf, searchText, type UrlValues, urlCodec, wordFor } from '../kit/url-filters';
import { SearchIcon } from '../search/search-icon';

/** The filters in the address, in Indonesian like the paths: `/instansi?cari=bps&jenis=agency`. */
export const officeFilters = urlCodec({
  q: searchText('cari', 100),
  kind: oneOf('jenis', enumOf(organizationKinds)),
  regionCode: oneOf('wilayah', regionCodeSchema),
  status: wordFor<OfficeStatus>('status', { active: 'aktif', inactive: 'nonaktif', all: 'semua' }, 'active'),
});
export type OfficeFilterValues = UrlValues<typeof officeFilters.fields>;

/** Wait this long after the last key before asking the server. */
export const OFFICE_SEARCH_DELAY_MS = 300;

interface OfficeFilterBarProps {
  values: OfficeFilterValues;
  onChange: (next: Partial<OfficeFilterValues>) => void;
}

/** Search by name or short name; kind, region (with what lies beneath it) and whether in use. */
export function OfficeFilterBar({ values, onChange }: OfficeFilterBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(values.q);
  const search = useDebouncedCallback((q: string) => onChange({ q: q.trim() }), OFFICE_SEARCH_DELAY_MS);
  // Back, forward or a link changed the address: the field shows what is searched.
  useEffect(() => setText((current) => (current.trim() === values.q ? current : values.q)), [values.q]);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        type="search"
        w={280}
        label={t('directory.search')}
        placeholder={t('directory.searchPlaceholder')}
        leftSection={<SearchIcon />}
        value={text}
        maxLength={100}
        onChange={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') search.flush();
        }}
      />
      <NativeSelect
        label={t('directory.kind')}
        value={values.kind ?? ''}
        data={[
          { value: '', label: t('directory.allKinds') },
          ...organizationKinds.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) })),
        ]}
        onChange={(event) => onChange({ kind: (event.currentTarget.value || undefined) as OrganizationKind })}
      />
      <RegionFilter
        label={t('directory.region')}
        placeholder={t('directory.allRegions')}
        value={values.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
      />
      <NativeSelect
        label={t('directory.status')}
        value={values.status}
        data={officeStatuses.map((status) => ({ value: status, label: t(`directory.statuses.${status}`) }))}
        onChange={(event) => onChange({ status: event.currentTarget.value as OfficeStatus })}
      />
    </Group>
  );
}
