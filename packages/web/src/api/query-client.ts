import { QueryClient } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';

const MAX_RETRIES = 2;

/** Asking again cannot fix a 4xx answer (bad input, not found, conflict); a dropped connection may recover. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isTRPCClientError(error) && error.data?.httpStatus && error.data.httpStatus < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
