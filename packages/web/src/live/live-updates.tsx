import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../api/trpc';
import { createBatcher, invalidateForEvents } from './live-invalidation';

/** Events arriving within this window refetch together. */
export const LIVE_BATCH_MS = 300;
const RECONNECT_MIN_MS = 5_000;
const RECONNECT_MAX_MS = 5 * 60_000;

/**
 * Server-sent events need EventSource: every browser Tindak supports has it; the simulated DOM
 * of the unit tests does not, so there (and in a browser without it) pages simply stay as loaded.
 */
function liveUpdatesSupported() {
  return typeof globalThis.EventSource === 'function';
}

/**
 * Keeps open pages current: when the server says a record changed, the queries that show it
 * refetch. Mounted once in the signed-in layout; renders nothing.
 */
export function LiveUpdates() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [batcher] = useState(() =>
    createBatcher<{ aggregateType: string }>(
      (events) => void invalidateForEvents(queryClient, trpc, events),
      LIVE_BATCH_MS,
    ),
  );
  useEffect(() => () => batcher.cancel(), [batcher]);

  // Set when the stream ended; the next start refetches everything on screen, as events may
  // have been missed in between (the link itself resumes only within one stream).
  const missed = useRef(false);
  const [enabled] = useState(liveUpdatesSupported);
  const subscription = useSubscription(
    trpc.live.onChange.subscriptionOptions(undefined, {
      enabled,
      onStarted: () => {
        if (!missed.current) return;
        missed.current = false;
        void queryClient.invalidateQueries();
      },
      onData: (tracked) => batcher.push(tracked.data),
    }),
  );

  // The link reconnects by itself after a dropped connection. A refused one (the server
  // restarting behind a proxy, a session that ended) or a stream the server closed is retried
  // here, waiting longer each time.
  const { status, reset } = subscription;
  const attempts = useRef(0);
  useEffect(() => {
    if (status === 'pending') attempts.current = 0;
    if (!enabled || (status !== 'error' && status !== 'idle')) return;
    missed.current = true;
    const wait = Math.min(RECONNECT_MIN_MS * 2 ** attempts.current, RECONNECT_MAX_MS);
    attempts.current += 1;
    const timer = setTimeout(reset, wait);
    return () => clearTimeout(timer);
  }, [enabled, status, reset]);

  return null;
}
