import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Organization } from '@tindak/shared';
import { useTRPC } from '../api/trpc';

const EMPTY: Organization[] = [];

/** Offices, optionally only those of one region (exact code: a province's own offices, not its regencies'). */
export function useOrganizations(regionCode?: string | null) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.organizations.list.queryOptions(regionCode ? { regionCode } : undefined, { staleTime: 5 * 60_000 }),
  );
  return { organizations: query.data ?? EMPTY, isLoading: query.isLoading };
}

function isItem(option: ComboboxParsedItem): option is ComboboxItem {
  return 'value' in option;
}

/**
 * Data and filter for a searchable office Select. People type the short names they say aloud
 * ("Komdigi", "Diskominfo Kerinci"), so those match as well as the full official name.
 */
export function organizationSelectProps(organizations: readonly Organization[]) {
  const haystack = new Map(
    organizations.map((o) => [o.id, `${o.name} ${o.shortName ?? ''} ${o.regionName ?? ''}`.toLowerCase()]),
  );
  const filter: OptionsFilter = ({ options, search }) => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return options.filter(
      (option) => isItem(option) && words.every((word) => haystack.get(option.value)?.includes(word)),
    );
  };
  return { data: organizations.map((o) => ({ value: o.id, label: o.name })), filter };
}
