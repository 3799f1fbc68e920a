import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import type { AppRouter } from '@tindak/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { homeQueryOptions } from '../home/home-query';
import { sessionQueryOptions } from '../session/use-current-user';
import type { ApiClient } from './client';
import type { StartAnswer, StartAnswers, StartPath } from './start-requests';
import type { useTRPC } from './trpc';

type Trpc = ReturnType<typeof useTRPC>;

interface SeedableOptions {
  queryKey: QueryKey;
  queryFn?: unknown;
}

/** Each early-asked path's query, built as its page builds it: the key is the page's own. */
export const startQueryOptions: Record<StartPath, (trpc: Trpc) => SeedableOptions> = {
  'auth.me': sessionQueryOptions,
  'dashboard.home': homeQueryOptions,
};

function seedOne(queryClient: QueryClient, options: SeedableOptions, answer: StartAnswer) {
  if (answer.failed) return;
  if (answer.answered) {
    // Already here: the first render has it, fresh as of its arrival (no refetch on mount).
    queryClient.setQueryData(options.queryKey, answer.answered.data, { updatedAt: answer.answered.at });
    return;
  }
  const ask = options.queryFn as QueryFunction;
  let first = true;
  // Still on its way: the query waits for it (the page joins this fetch rather than asking again).
  // Only its first run takes the early answer; a failed one asks the server as the page would.
  void queryClient.prefetchQuery({
    queryKey: options.queryKey,
    queryFn: (context) => {
      if (!first) return ask(context);
      first = false;
      return answer.data.catch(() => ask(context));
    },
  });
}

/**
 * Puts the answers asked for before the app started (api/start-requests.ts) into its cache, under
 * the keys its pages use. `client` asks the server when an early answer failed.
 */
export function seedStartQueries(queryClient: QueryClient, client: ApiClient, answers: StartAnswers) {
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  for (const path of Object.keys(answers) as StartPath[]) {
    const answer = answers[path];
    if (answer) seedOne(queryClient, startQueryOptions[path](trpc), answer);
  }
}
