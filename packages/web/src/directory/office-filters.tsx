import { NativeSelect } from '@mantine/core';
import {
  enumOf,
  type OfficeStatus,
  type OrganizationKind,
  organizationKinds,
  regionCodeSchema,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { oneOf, searchText, type UrlValues, urlCodec, wordFor } from '../kit/url-filters';
import { DirectoryFilterBar } from './directory-filter-bar';

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
    <DirectoryFilterBar words="directory" values={values} onChange={onChange}>
      <NativeSelect
        label={t('directory.kind')}
        value={values.kind ?? ''}
        data={[
          { value: '', label: t('directory.allKinds') },
          ...organizationKinds.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) })),
        ]}
        onChange={(event) => onChange({ kind: (event.currentTarget.value || undefined) as OrganizationKind })}
      />
    </DirectoryFilterBar>
  );
}
