import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person } from '@tindak/shared';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';

const SEARCH_DELAY_MS = 300;
const MIN_QUERY = 2;

interface PersonPickerProps {
  label: string;
  description?: ReactNode;
  /** Only people of this office, when one is chosen. */
  organizationId?: string | null;
  value: string | null;
  onChange: (personId: string | null) => void;
  error?: ReactNode;
}

function detailsOf(person: Person): string {
  return [person.position, person.organization?.name].filter(Boolean).join(' · ');
}

/**
 * A searchable choice of one registered person (people.search): type a name, position or NIP. With
 * an office given, its people are offered before anything is typed.
 */
export function PersonPicker({
  label,
  description,
  organizationId,
  value,
  onChange,
  error,
}: PersonPickerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Person | null>(null);
  const [query] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // Once a person is chosen the box shows their name; that is not a new search.
  const typed = chosen && query === chosen.fullName ? '' : query;
  const enabled = typed.length >= MIN_QUERY || Boolean(organizationId);
  const people = useQuery(
    trpc.people.search.queryOptions(
      { query: typed || undefined, organizationId: organizationId ?? undefined, limit: 20 },
      { enabled, placeholderData: keepPreviousData },
    ),
  );

  const byId = useMemo(() => {
    const map = new Map<string, Person>();
    for (const person of enabled ? (people.data ?? []) : []) map.set(person.id, person);
    if (chosen && chosen.id === value) map.set(chosen.id, chosen);
    return map;
  }, [enabled, people.data, chosen, value]);

  const data = [...byId.values()].map((p) => ({ value: p.id, label: p.fullName }));
  const nothingFound = !enabled
    ? t('actionItems.person.typeToSearch')
    : people.isError
      ? t('actionItems.person.searchError')
      : people.isFetching
        ? t('common.loading')
        : t('actionItems.person.noMatches');

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('actionItems.person.placeholder')}
      data={data}
      value={value}
      onChange={(id) => {
        setChosen(id ? (byId.get(id) ?? null) : null);
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the words; filtering again here would hide NIP matches.
      filter={({ options }) => options}
      clearable
      nothingFoundMessage={nothingFound}
      error={error}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {person && detailsOf(person) && (
              <Text size="xs" c="dimmed">
                {detailsOf(person)}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
