import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { isPersistedQuery, isSessionQuery, PERSIST_MAX_AGE_MS } from './persist-scope';
import type { OfflineStore } from './persist-store';

/** The one record kept per signed-in person. */
interface PersistedQueries {
  userId: string;
  /** The build that wrote it: a new build may read its data differently, so it starts afresh. */
  buster: string;
  savedAt: number;
  state: DehydratedState;
}

/** Which person's record to read on start-up, before the server can be asked who is signed in. */
const OWNER_KEY = 'owner';
const recordKey = (userId: string) => `queries:${userId}`;

export interface PersistOptions {
  store: OfflineStore;
  buster: string;
  /** How long after a change the copy is written; changes in between are written together. */
  writeDelayMs?: number;
  now?: () => number;
}

/** undefined while nobody has asked yet, null when nobody is signed in. */
function sessionUserId(query: Query): string | null | undefined {
  const data = query.state.data as { user?: { id?: unknown } | null } | undefined;
  if (data === undefined) return undefined;
  return typeof data.user?.id === 'string' ? data.user.id : null;
}

function currentSessionUserId(client: QueryClient): string | null | undefined {
  const session = client.getQueryCache().findAll({ predicate: (q) => isSessionQuery(q.queryKey) })[0];
  return session ? sessionUserId(session) : undefined;
}

function isPersistedQueries(value: unknown): value is PersistedQueries {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<PersistedQueries>;
  return (
    typeof record.userId === 'string' &&
    typeof record.buster === 'string' &&
    typeof record.savedAt === 'number' &&
    typeof record.state === 'object'
  );
}

/**
 * Puts the device's copy back into the cache. Read only for the person who last wrote it, and only
 * when it is from this build and younger than the maximum age; anything else is wiped, not kept.
 * Returns whose copy was put back.
 */
export async function restorePersistedQueries(
  client: QueryClient,
  { store, buster, now = Date.now }: PersistOptions,
): Promise<string | null> {
  const owner = await store.get(OWNER_KEY);
  if (typeof owner !== 'string') return null;
  const record = await store.get(recordKey(owner));
  const usable =
    isPersistedQueries(record) &&
    record.userId === owner &&
    record.buster === buster &&
    now() - record.savedAt <= PERSIST_MAX_AGE_MS;
  // The server may have answered already (a fast connection): someone else, or nobody, is signed in.
  const signedIn = currentSessionUserId(client);
  if (!usable || (signedIn !== undefined && signedIn !== owner)) {
    await store.clear();
    return null;
  }
  hydrate(client, record.state);
  return owner;
}

/**
 * Keeps the device's copy of the persisted queries up to date for the person signed in, and wipes it
 * when they sign out, their session ends, or someone else signs in (an office computer is shared).
 * Call after `restorePersistedQueries`, with whose copy it put back. Returns a stop function.
 */
export function keepQueriesPersisted(
  client: QueryClient,
  restoredOwner: string | null,
  { store, buster, writeDelayMs = 1000, now = Date.now }: PersistOptions,
): () => void {
  // A first visit has nothing to restore: the copy is then the signed-in person's from the start.
  let owner = restoredOwner ?? currentSessionUserId(client) ?? null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One write at a time, in order: a wipe queued after a write always runs after it.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (job: () => Promise<unknown>) => {
    queue = queue.then(job).catch((error: unknown) => console.warn('offline copy not written', error));
  };

  const write = () => {
    timer = undefined;
    const userId = owner;
    if (userId === null) return;
    const state = dehydrate(client, {
      shouldDehydrateQuery: (q) => q.state.status === 'success' && isPersistedQuery(q.queryKey),
      shouldDehydrateMutation: () => false,
    });
    const record: PersistedQueries = { userId, buster, savedAt: now(), state };
    enqueue(async () => {
      await store.set(recordKey(userId), record);
      await store.set(OWNER_KEY, userId);
    });
  };

  const forget = () => {
    clearTimeout(timer);
    timer = undefined;
    owner = null;
    enqueue(() => store.clear());
  };

  const unsubscribe = client.getQueryCache().subscribe((event) => {
    const { query } = event;
    if (!isPersistedQuery(query.queryKey)) return;
    if (isSessionQuery(query.queryKey)) {
      // Signing out (and signing in) empties the cache; nobody signed in leaves nothing behind.
      const userId = event.type === 'removed' ? null : sessionUserId(query);
      if (userId === null) return forget();
      if (userId !== undefined && userId !== owner) {
        if (owner !== null) {
          // Another person's pages must not stay on screen (or in memory) for the new one.
          forget();
          client.removeQueries({
            predicate: (q) => isPersistedQuery(q.queryKey) && !isSessionQuery(q.queryKey),
          });
        }
        owner = userId;
      }
    }
    if (owner !== null && timer === undefined) timer = setTimeout(write, writeDelayMs);
  });

  if (owner !== null) timer = setTimeout(write, writeDelayMs);
  // Leaving the page (a reload, a link typed in, the tab closed) must not lose the last second's data.
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
  };
}

/** Restores the device's copy, then keeps it current. */
export async function persistQueries(client: QueryClient, options: PersistOptions): Promise<() => void> {
  let owner: string | null = null;
  try {
    owner = await restorePersistedQueries(client, options);
  } catch (error) {
    // Storage can be blocked (private mode, policy, a full disk): the app works without the copy.
    console.warn('offline copy not read', error);
  }
  return keepQueriesPersisted(client, owner, options);
}
