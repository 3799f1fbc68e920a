import { useQuery } from '@tanstack/react-query';
import type { SessionUserView } from '@tindak/shared';
import { useTRPC } from '../api/trpc';

/** The session as pages ask for it; api/start-queries.ts puts an early answer under the same key. */
export const sessionQueryOptions = (trpc: ReturnType<typeof useTRPC>) => ({
  ...trpc.auth.me.queryOptions(),
  staleTime: 60_000,
});

/** Who is signed in (null when nobody is), as the server sees it. */
export function useSession() {
  return useQuery(sessionQueryOptions(useTRPC()));
}

/** The signed-in user; only for pages behind `RequireSignIn`. */
export function useCurrentUser(): SessionUserView {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser() outside RequireSignIn');
  return data.user;
}
