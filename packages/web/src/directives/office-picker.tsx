import { Checkbox, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Organization } from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useRegions } from '../kit/use-regions';

/** The offices chosen: every regency/city of a province, and/or some picked one by one. */
export interface OfficeChoice {
  allRegencies: boolean;
  province: string;
  officeIds: string[];
}

/** A regency's or city's office: its region is directly beneath the province (`15.01` under `15`). */
export function isRegencyOffice(office: Organization, province: string): boolean {
  return (
    office.kind === 'diskominfo' &&
    office.regionCode !== null &&
    office.regionCode.startsWith(`${province}.`) &&
    office.regionCode.split('.').length === 2
  );
}

/** Whether the office lies in the province (the province's own offices and those beneath it). */
function inProvince(office: Organization, province: string): boolean {
  return office.regionCode === province || (office.regionCode?.startsWith(`${province}.`) ?? false);
}

/**
 * The offices of the province the picker offers, and how many items a choice makes (one per office).
 * The directory list filters on one region exactly, so the province's offices are taken from the
 * whole list the reader sees.
 */
export function useProvinceOffices(province: string) {
  const trpc = useTRPC();
  const query = useQuery(trpc.organizations.list.queryOptions({}, { enabled: province !== '' }));
  const offices = useMemo(
    () => (query.data ?? []).filter((o) => province !== '' && inProvince(o, province)),
    [query.data, province],
  );
  const regencyIds = useMemo(
    () => offices.filter((o) => isRegencyOffice(o, province)).map((o) => o.id),
    [offices, province],
  );
  const countOf = (choice: OfficeChoice, exclude: readonly string[] = []) =>
    new Set(
      [...(choice.allRegencies ? regencyIds : []), ...choice.officeIds].filter((id) => !exclude.includes(id)),
    ).size;
  return { offices, regencyIds, countOf, isLoading: query.isLoading };
}

interface OfficePickerProps {
  value: OfficeChoice;
  onChange: (value: OfficeChoice) => void;
  /** Offices that have the directive already (adding offices): not offered again. */
  given?: readonly string[];
  /** The province is the user's own unless their office sees the whole country. */
  fixedProvince: boolean;
  error?: string | undefined;
}

/**
 * "Semua kabupaten/kota di <provinsi>" and a searchable choice of other offices, with how many
 * items the directive will make: the regencies' offices and the chosen ones, each counted once.
 */
export function OfficePicker({ value, onChange, given = [], fixedProvince, error }: OfficePickerProps) {
  const { t } = useTranslation();
  const { regions, nameByCode } = useRegions();
  const { offices, regencyIds, countOf } = useProvinceOffices(value.province);
  const provinceName = nameByCode.get(value.province) ?? value.province;
  const count = countOf(value, given);
  const options = offices
    .filter((o) => !given.includes(o.id))
    .map((o) => ({ value: o.id, label: o.regionName ? `${o.name} (${o.regionName})` : o.name }));
  return (
    <Stack gap="xs">
      {!fixedProvince && (
        <Select
          label={t('directives.form.province')}
          data={regions.filter((r) => r.kind === 'province').map((r) => ({ value: r.code, label: r.name }))}
          value={value.province || null}
          onChange={(code) => onChange({ ...value, province: code ?? '', officeIds: [] })}
          searchable
          allowDeselect={false}
        />
      )}
      {value.province !== '' && regencyIds.some((id) => !given.includes(id)) && (
        <Checkbox
          label={t('directives.form.allRegencies', { province: provinceName })}
          checked={value.allRegencies}
          onChange={(event) => onChange({ ...value, allRegencies: event.currentTarget.checked })}
        />
      )}
      <MultiSelect
        label={t('directives.form.offices')}
        description={t('directives.form.officesHint')}
        data={options}
        value={value.officeIds}
        onChange={(officeIds) => onChange({ ...value, officeIds })}
        searchable
        clearable
        maxDropdownHeight={260}
        error={error}
      />
      <Text size="sm" fw={600} aria-live="polite">
        {count > 0 ? t('directives.form.willCreate', { count }) : t('directives.form.noneChosen')}
      </Text>
    </Stack>
  );
}
