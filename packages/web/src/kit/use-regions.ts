import { useQuery } from '@tanstack/react-query';
import type { Region } from '@tindak/shared';
import { useMemo } from 'react';
import { useTRPC } from '../api/trpc';

const EMPTY: Region[] = [];

/** The deployment's region list; it changes only when the server loads another file, so it is fetched once. */
export function useRegions() {
  const trpc = useTRPC();
  const query = useQuery(trpc.regions.list.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }));
  const regions = query.data ?? EMPTY;
  const nameByCode = useMemo(() => new Map(regions.map((r) => [r.code, r.name])), [regions]);
  return { regions, nameByCode, isLoading: query.isLoading };
}
