import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { pathTo, type SearchHit, type SearchKind, type SearchOutput, searchKinds } from '@tindak/shared';
import { useTRPC } from '../api/trpc';

/** Wait this long after the last key before asking the server: one request per pause, not per letter. */
export const SEARCH_DEBOUNCE_MS = 250;
export const MIN_SEARCH_LENGTH = 2;

/**
 * Where each kind of hit lives in the app. An office has no page of its own: the offices
 * directory opens filtered to its name, whatever its state.
 */
export const hitPath: Record<SearchKind, (hit: Pick<SearchHit, 'id' | 'title'>) => string> = {
  meeting: ({ id }) => pathTo('meeting', { id }),
  proposal: ({ id }) => pathTo('proposal', { id }),
  commitment: ({ id }) => pathTo('commitment', { id }),
  actionItem: ({ id }) => pathTo('actionItem', { id }),
  person: ({ id }) => pathTo('person', { personId: id }),
  office: ({ title }) => pathTo('offices', {}, { cari: title, status: 'semua' }),
};

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** The non-empty groups in the app's order: meetings, proposals, commitments, action items, people, offices. */
export function groupHits(output: SearchOutput | undefined): SearchGroup[] {
  if (!output) return [];
  return searchKinds.map((kind) => ({ kind, hits: output[kind] })).filter((g) => g.hits.length > 0);
}

/** The search as one types: debounced, only from two letters on, keeping the last answer while the next loads. */
export function useSearch(text: string, { limitPerKind = 5, debounce = true } = {}) {
  const trpc = useTRPC();
  const [debounced] = useDebouncedValue(text.trim(), debounce ? SEARCH_DEBOUNCE_MS : 0);
  const q = debounce ? debounced : text.trim();
  const enabled = q.length >= MIN_SEARCH_LENGTH;
  const query = useQuery({
    ...trpc.search.query.queryOptions({ q, limitPerKind }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const groups = enabled ? groupHits(query.data) : [];
  return {
    q,
    enabled,
    groups,
    total: groups.reduce((sum, g) => sum + g.hits.length, 0),
    isLoading: enabled && query.isPending,
    /** Still typing, or the answer for the latest words has not come yet. */
    isFetching: enabled && (query.isFetching || text.trim() !== q),
    isError: enabled && query.isError,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
