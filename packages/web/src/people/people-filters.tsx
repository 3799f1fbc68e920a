import { Group, NativeSelect } from '@mantine/core';
import { type PersonStatus, personStatuses, regionCodeSchema, uuidSchema } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { RegionFilter } from '../kit/filter-fields';
import { SearchField } from '../kit/search-field';
import { oneOf, searchText, type UrlValues, urlCodec, wordFor } from '../kit/url-filters';
import { OfficeSelect } from '../records/office-select';

/** The filters in the address, in Indonesian like the paths: `/orang?cari=nuraini&wilayah=15.01`. */
export const peopleFilters = urlCodec({
  q: searchText('cari', 100),
  organizationId: oneOf('instansi', uuidSchema),
  regionCode: oneOf('wilayah', regionCodeSchema),
  status: wordFor<PersonStatus>('status', { active: 'aktif', inactive: 'digabung', all: 'semua' }, 'active'),
});
export type PeopleFilterValues = UrlValues<typeof peopleFilters.fields>;

interface PeopleFilterBarProps {
  values: PeopleFilterValues;
  onChange: (next: Partial<PeopleFilterValues>) => void;
}

/** Search by name (titles and apostrophes ignored) or position; office, region, merged or not. */
export function PeopleFilterBar({ values, onChange }: PeopleFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        q={values.q}
        onSearch={(q) => onChange({ q })}
        w={280}
        label={t('people.search')}
        placeholder={t('people.searchPlaceholder')}
        maxLength={100}
      />
      <OfficeSelect
        label={t('people.office')}
        placeholder={t('people.allOffices')}
        w={280}
        value={values.organizationId ?? null}
        onChange={(organizationId) => onChange({ organizationId: organizationId ?? undefined })}
      />
      <RegionFilter
        label={t('people.region')}
        placeholder={t('people.allRegions')}
        value={values.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
      />
      <NativeSelect
        label={t('people.status')}
        value={values.status}
        data={personStatuses.map((status) => ({ value: status, label: t(`people.statuses.${status}`) }))}
        onChange={(event) => onChange({ status: event.currentTarget.value as PersonStatus })}
      />
    </Group>
  );
}
