import { Group, NativeSelect } from '@mantine/core';
import {
  enumOf,
  type OfficeStatus,
  type OrganizationKind,
  officeStatuses,
  organizationKinds,
  regionCodeSchema,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { RegionFilter } from '../kit/filter-fields';
import { SearchField } from '../kit/search-field';
import { oneOf, searchText, type UrlValues, urlCodec, wordFor } from '../kit/url-filters';

/** The filters in the address, in Indonesian like the paths: `/instansi?cari=bps&jenis=agency`. */
export const officeFilters = urlCodec({
  q: searchText('cari', 100),
  kind: oneOf('jenis', enumOf(organizationKinds)),
  regionCode: oneOf('wilayah', regionCodeSchema),
  status: wordFor<OfficeStatus>('status', { active: 'aktif', inactive: 'nonaktif', all: 'semua' }, 'active'),
});
export type OfficeFilterValues = UrlValues<typeof officeFilters.fields>;

interface OfficeFilterBarProps {
  values: OfficeFilterValues;
  onChange: (next: Partial<OfficeFilterValues>) => void;
}

/** Search by name or short name; kind, region (with what lies beneath it) and whether in use. */
export function OfficeFilterBar({ values, onChange }: OfficeFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        q={values.q}
        onSearch={(q) => onChange({ q })}
        w={280}
        label={t('directory.search')}
        placeholder={t('directory.searchPlaceholder')}
        maxLength={100}
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
