import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person } from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { organizationSelectProps, useOrganizations } from '../../organizations/use-organizations';
import { RegionSelect } from '../../regions/region-select';

const SEARCH_DELAY_MS = 300;

export interface FinderSelection {
  regionCode: string | null;
  organizationId: string | null;
}

interface ParticipantFinderProps {
  addedPersonIds: ReadonlySet<string>;
  onAddPerson: (person: Person) => void;
  onAddGuest: (selection: FinderSelection) => void;
}

function inRegion(person: Person, regionCode: string): boolean {
  return person.regionCode === regionCode || Boolean(person.regionCode?.startsWith(`${regionCode}.`));
}

/** Region, then office, then a name: the way a secretariat reads a paper attendance list. */
export function ParticipantFinder({ addedPersonIds, onAddPerson, onAddGuest }: ParticipantFinderProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { organizations } = useOrganizations(regionCode);
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);

  const enabled = query.length > 0 || organizationId !== null;
  const people = useQuery(
    trpc.people.search.queryOptions(
      { query: query || undefined, organizationId: organizationId ?? undefined, limit: 20 },
      { enabled, placeholderData: keepPreviousData },
    ),
  );
  // people.search knows offices, not regions; a region without an office narrows the results here.
  const results = (people.data ?? []).filter((p) => organizationId || !regionCode || inRegion(p, regionCode));

  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('participants.finder')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <RegionSelect
            label={t('participants.region')}
            placeholder={t('participants.allRegions')}
            value={regionCode}
            onChange={(value) => {
              setRegionCode(value);
              // The chosen office may not be in the new region.
              setOrganizationId(null);
            }}
            clearable
          />
          <Select
            label={t('participants.office')}
            placeholder={t('participants.allOffices')}
            {...officeSelect}
            value={organizationId}
            onChange={setOrganizationId}
            searchable
            clearable
            nothingFoundMessage={t('form.noOfficeMatches')}
          />
          <TextInput
            type="search"
            label={t('participants.search')}
            placeholder={t('participants.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            rightSection={
              people.isFetching ? <Loader size="xs" aria-label={t('participants.searching')} /> : null
            }
            onKeyDown={(event) => {
              // Enter in the search box must not submit the whole meeting form.
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
        </SimpleGrid>

        {!enabled && (
          <Text size="sm" c="dimmed">
            {t('participants.searchHint')}
          </Text>
        )}
        {enabled && people.isError && (
          <Alert color="red" role="alert">
            {t('participants.searchError')}
          </Alert>
        )}
        {enabled && people.isSuccess && results.length === 0 && (
          <Text size="sm" c="dimmed" role="status">
            {t('participants.noResults')}
          </Text>
        )}
        {enabled && results.length > 0 && (
          <Stack component="ul" gap={4} className="tindak-plain-list" aria-label={t('participants.results')}>
            {results.map((person) => {
              const added = addedPersonIds.has(person.id);
              return (
                <Group component="li" key={person.id} justify="space-between" wrap="nowrap" gap="sm">
                  <div className="tindak-wrap" style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {person.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[person.position, person.organization?.name].filter(Boolean).join(' · ')}
                    </Text>
                  </div>
                  <Button
                    size="xs"
                    variant={added ? 'subtle' : 'light'}
                    disabled={added}
                    aria-label={added ? undefined : t('participants.addNamed', { name: person.fullName })}
                    onClick={() => onAddPerson(person)}
                    style={{ flexShrink: 0 }}
                  >
                    {added ? t('participants.added') : t('participants.add')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}

        <Group>
          <Button variant="default" onClick={() => onAddGuest({ regionCode, organizationId })}>
            {t('participants.addGuest')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
