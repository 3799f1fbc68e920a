import { useQuery } from '@tanstack/react-query';
import type { SessionUserView } from '@tindak/shared';
import { useTRPC } from '../api/trpc';

/** Who is signed in (null when nobody is), as the server sees it. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}

/** The signed-in user; only for pages behind `RequireSignIn`. */
export function useCurrentUser(): SessionUserView {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser() outside RequireSignIn');
  return data.user;
}
