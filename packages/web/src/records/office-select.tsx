import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';

/** One office, found by typing part of its name ("Ketik untuk mencari instansi"). */
export function OfficeSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  return (
    <Select
      placeholder={t('proposals.form.officePlaceholder')}
      {...officeSelect}
      searchable
      clearable
      nothingFoundMessage={t('form.noOfficeMatches')}
      {...props}
    />
  );
}
