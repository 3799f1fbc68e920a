import type { QueryClient, QueryFilters } from '@tanstack/react-query';
import type { AppRouter } from '@tindak/api';
import type { LiveEvent } from '@tindak/shared';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Trpc = TRPCOptionsProxy<AppRouter>;

/**
 * The queries that may show a record of this kind: its own router (lists and details), search,
 * and where it is summed up or named elsewhere. Only queries on screen refetch; the rest are
 * marked stale and refetch when next shown, so erring on the generous side is cheap.
 */
export function liveEventFilters(trpc: Trpc, aggregateType: LiveEvent['aggregateType']): QueryFilters[] {
  switch (aggregateType) {
    case 'action_item':
      // A directive's page sums up its offices' items (issue 19).
      return [
        trpc.actionItems.pathFilter(),
        trpc.search.pathFilter(),
        trpc.digests.pathFilter(),
        trpc.directives.pathFilter(),
      ];
    case 'meeting':
      return [trpc.meetings.pathFilter(), trpc.search.pathFilter(), trpc.digests.pathFilter()];
    case 'proposal':
      // A commitment's page names the proposal it answers.
      return [trpc.proposals.pathFilter(), trpc.commitments.pathFilter(), trpc.search.pathFilter()];
    case 'commitment':
      // A proposal's page lists the commitments made in answer to it.
      return [
        trpc.commitments.pathFilter(),
        trpc.proposals.pathFilter(),
        trpc.search.pathFilter(),
        trpc.digests.pathFilter(),
      ];
    case 'user':
      // The server only tells a user about their own account: preferences, and mail sent or retried.
      return [trpc.auth.me.pathFilter(), trpc.outbox.pathFilter()];
    default:
      return [];
  }
}

/** The filters for a burst of events, each once. */
export function filtersForEvents(trpc: Trpc, events: readonly Pick<LiveEvent, 'aggregateType'>[]) {
  const unique = new Map<string, QueryFilters>();
  for (const event of events) {
    for (const filter of liveEventFilters(trpc, event.aggregateType)) {
      unique.set(JSON.stringify(filter.queryKey), filter);
    }
  }
  return [...unique.values()];
}

export async function invalidateForEvents(
  queryClient: QueryClient,
  trpc: Trpc,
  events: readonly Pick<LiveEvent, 'aggregateType'>[],
) {
  await Promise.all(filtersForEvents(trpc, events).map((filter) => queryClient.invalidateQueries(filter)));
}

export interface Batcher<T> {
  push: (item: T) => void;
  cancel: () => void;
}

/**
 * Collects items for `delayMs` after the first one, then hands them over together: a head
 * delegating twenty items is one refetch per page, not twenty. A steady stream still flushes
 * every `delayMs`, so updates never wait on a quiet moment.
 */
export function createBatcher<T>(flush: (items: T[]) => void, delayMs: number): Batcher<T> {
  let pending: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    push(item) {
      pending.push(item);
      timer ??= setTimeout(() => {
        const items = pending;
        pending = [];
        timer = null;
        flush(items);
      }, delayMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = [];
    },
  };
}
