import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { useCurrentUser } from '../session/use-current-user';
import { PendingQueue } from './pending-queue';
import { pendingSender } from './pending-send';
import type { PendingChange, PendingStore } from './pending-store';
import { indexedDbPendingStore, memoryPendingStore } from './pending-store';
import { useOnline } from './use-online';

/** While changes wait, how often to try again even if no `online` event comes (a flaky line). */
const RETRY_MS = 10_000;

interface PendingContextValue {
  queue: PendingQueue;
  userId: string;
}

const PendingContext = createContext<PendingContextValue | null>(null);

/** IndexedDB in browsers; a memory store where there is none (unit tests in happy-dom). */
function defaultStore(): PendingStore {
  return typeof indexedDB === 'undefined' ? memoryPendingStore() : indexedDbPendingStore();
}

/**
 * The signed-in person's waiting changes: loaded on start, sent on start, when the browser says the
 * connection is back, and every 10 s while any wait. Only this person's are sent or shown; another
 * person's stay on the device for their next sign-in.
 */
export function PendingChangesProvider({ children, store }: { children: ReactNode; store?: PendingStore }) {
  const user = useCurrentUser();
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const lang = useLanguage();
  const { t } = useTranslation();
  const online = useOnline();
  const [queue] = useState(
    () =>
      new PendingQueue({
        store: store ?? defaultStore(),
        sender: pendingSender({
          client,
          lang: () => lang,
          networkMessage: () => t('common.networkError'),
        }),
        onSent: (change) => {
          const path = change.procedure.startsWith('meetings.') ? trpc.meetings : trpc.actionItems;
          void queryClient.invalidateQueries({ queryKey: path.get.queryKey({ id: change.recordId }) });
          void queryClient.invalidateQueries({ queryKey: path.list.pathKey() });
        },
      }),
  );
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void queue.load().then(() => setLoaded(true));
  }, [queue]);

  useEffect(() => {
    if (loaded && online) void queue.drain(user.id);
  }, [loaded, online, queue, user.id]);

  const waiting = useSyncExternalStore(queue.subscribe, () =>
    queue.snapshot().some((c) => c.userId === user.id && c.state === 'waiting'),
  );
  useEffect(() => {
    if (!loaded || !waiting) return;
    const timer = setInterval(() => {
      if (navigator.onLine) void queue.drain(user.id);
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [loaded, waiting, queue, user.id]);

  const value = useMemo(() => ({ queue, userId: user.id }), [queue, user.id]);
  return <PendingContext.Provider value={value}>{children}</PendingContext.Provider>;
}

export function usePendingContext(): PendingContextValue | null {
  return useContext(PendingContext);
}

const none: readonly PendingChange[] = [];

/** This person's waiting changes, oldest first (none outside the signed-in layout). */
export function usePendingChanges(): readonly PendingChange[] {
  const context = usePendingContext();
  const all = useSyncExternalStore(
    context?.queue.subscribe ?? (() => () => {}),
    context?.queue.snapshot ?? (() => none),
  );
  return useMemo(() => all.filter((c) => c.userId === context?.userId), [all, context?.userId]);
}
