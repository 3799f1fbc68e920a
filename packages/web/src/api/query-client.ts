import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';

const MAX_RETRIES = 2;

/** Asking again cannot fix a 4xx answer (bad input, not found, conflict); a dropped connection may recover. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isTRPCClientError(error) && error.data?.httpStatus && error.data.httpStatus < 500) return false;
  return failureCount < MAX_RETRIES;
}

/**
 * The session ended (expired, signed out elsewhere, deactivated): re-ask who is signed in, which
 * sends the person to sign in. Queries and mutations alike: a save refused for a lost session
 * must not leave the person on a form that can never succeed.
 */
export function onSessionLost(client: QueryClient, error: unknown) {
  if (isTRPCClientError(error) && error.data?.code === 'UNAUTHORIZED') {
    void client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey[0]) === '["auth","me"]' });
  }
}

export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionLost(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(client, error) }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
