import { type PersonStatus, regionCodeSchema, uuidSchema } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { DirectoryFilterBar } from '../directory/directory-filter-bar';
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
    <DirectoryFilterBar words="people" values={values} onChange={onChange}>
      <OfficeSelect
        label={t('people.office')}
        placeholder={t('people.allOffices')}
        w={280}
        value={values.organizationId ?? null}
        onChange={(organizationId) => onChange({ organizationId: organizationId ?? undefined })}
      />
    </DirectoryFilterBar>
  );
}
