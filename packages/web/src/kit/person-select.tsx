import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';

interface PersonSelectProps {
  label: string;
  description?: string;
  /** People are chosen within an office; without one the field waits for it. */
  organizationId: string | null;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  /** A person already saved, shown even before the office's list arrives. */
  known?: { id: string; name: string } | null;
}

/** An optional person of the chosen office, e.g. who spoke for Komdigi. */
export function PersonSelect(props: PersonSelectProps) {
  const { label, description, organizationId, value, onChange, error, known } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const people = useQuery(
    trpc.people.search.queryOptions(
      { organizationId: organizationId ?? undefined, limit: 50 },
      { enabled: organizationId !== null, staleTime: 60_000 },
    ),
  );
  const data = (people.data ?? []).map((p) => ({
    value: p.id,
    label: p.position ? `${p.fullName} (${p.position})` : p.fullName,
  }));
  if (known && !data.some((d) => d.value === known.id)) data.unshift({ value: known.id, label: known.name });
  return (
    <Select
      label={label}
      description={description}
      placeholder={organizationId ? t('meetingRecord.personOptional') : t('meetingRecord.chooseOfficeFirst')}
      data={data}
      value={value}
      onChange={onChange}
      disabled={!organizationId}
      searchable
      clearable
      nothingFoundMessage={people.isFetching ? t('common.loading') : t('meetingRecord.noPeople')}
      error={error}
    />
  );
}
