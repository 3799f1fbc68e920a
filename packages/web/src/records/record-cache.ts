import { type QueryKey, useQueryClient } from '@tanstack/react-query';

/** Where a kind of record lives in the query cache: its detail by id, and all of its lists. */
export interface RecordCacheKeys {
  detail: (id: string) => QueryKey;
  lists: QueryKey;
}

/**
 * After a save or a status change: the page shows the record the server answered with at once, and
 * every list of that kind (the meeting's section, the tracker) is fetched again.
 */
export function useRecordCache<Saved extends { id: string }>(keys: RecordCacheKeys) {
  const queryClient = useQueryClient();
  return {
    put: (saved: Saved) => queryClient.setQueryData(keys.detail(saved.id), saved),
    refreshLists: () => void queryClient.invalidateQueries({ queryKey: keys.lists }),
  };
}

/** A reader for the record a CONFLICT carries, with the shared schema the API answers with. */
export function recordParser<T>(schema: {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}) {
  return (value: unknown): T | null => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
}
