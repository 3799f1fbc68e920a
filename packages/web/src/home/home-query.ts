import type { useTRPC } from '../api/trpc';

/**
 * Beranda's data as the page asks for it; api/start-queries.ts puts an early answer under the
 * same key, so both take it from here and cannot drift apart.
 */
export const homeQueryOptions = (trpc: ReturnType<typeof useTRPC>) => trpc.dashboard.home.queryOptions();
