import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  keepQueriesPersisted,
  type PersistOptions,
  restorePersistedQueries,
} from '../src/offline/persist-queries';
import { PERSIST_MAX_AGE_MS } from '../src/offline/persist-scope';
import type { OfflineStore } from '../src/offline/persist-store';

/** IndexedDB as the persister sees it (happy-dom has none): keys to structured clones. */
function memoryStore(): OfflineStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, structuredClone(value));
    },
    clear: async () => values.clear(),
  };
}

// The keys tRPC's TanStack integration gives these procedures.
const meKey: QueryKey = [['auth', 'me'], { type: 'query' }];
const homeKey: QueryKey = [['dashboard', 'home'], { type: 'query' }];
const itemsKey: QueryKey = [['actionItems', 'list'], { input: { limit: 20, sort: 'due' }, type: 'infinite' }];
const overdueItemsKey: QueryKey = [
  ['actionItems', 'list'],
  { input: { limit: 20, sort: 'due', overdueOnly: true }, type: 'infinite' },
];
const meetingKey: QueryKey = [['meetings', 'get'], { input: { id: 'm1' }, type: 'query' }];

const ana = { id: 'user-ana', displayName: 'Ana' };
const budi = { id: 'user-budi', displayName: 'Budi' };
const itemsPage = { pages: [{ items: [{ id: 'i1', title: 'Petakan blank spot' }] }], pageParams: [null] };

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function options(store: OfflineStore, extra: Partial<PersistOptions> = {}): PersistOptions {
  return { store, buster: 'build-1', writeDelayMs: 0, ...extra };
}

function keep(client: QueryClient, owner: string | null, opts: PersistOptions) {
  stops.push(keepQueriesPersisted(client, owner, opts));
}

/** A client holding what Ana's Beranda, follow-ups and one meeting page fetched. */
function anasClient() {
  const client = new QueryClient();
  client.setQueryData(meKey, { user: ana });
  client.setQueryData(homeKey, { today: '2026-03-04' });
  client.setQueryData(itemsKey, itemsPage);
  client.setQueryData(overdueItemsKey, itemsPage);
  client.setQueryData(meetingKey, { id: 'm1' });
  return client;
}

function savedKeys(store: { values: Map<string, unknown> }, userId: string): string[] {
  const record = store.values.get(`queries:${userId}`) as { state: { queries: { queryHash: string }[] } };
  return record.state.queries.map((q) => q.queryHash).sort();
}

describe('the offline copy of the queries', () => {
  it('keeps only session, Beranda and the plain lists, under the signed-in person', async () => {
    const store = memoryStore();
    keep(anasClient(), null, options(store));
    await vi.waitFor(() => expect(store.values.get('owner')).toBe(ana.id));
    expect([...store.values.keys()].sort()).toEqual(['owner', `queries:${ana.id}`]);
    expect(savedKeys(store, ana.id)).toEqual(
      [meKey, homeKey, itemsKey].map((key) => JSON.stringify(key)).sort(),
    );
  });

  it('puts the copy back for the same person on the next visit, with when it was fetched', async () => {
    const store = memoryStore();
    const first = anasClient();
    const fetchedAt = first.getQueryState(homeKey)?.dataUpdatedAt;
    keep(first, null, options(store));
    await vi.waitFor(() => expect(store.values.get(`queries:${ana.id}`)).toBeDefined());

    const next = new QueryClient();
    expect(await restorePersistedQueries(next, options(store))).toBe(ana.id);
    expect(next.getQueryData(meKey)).toEqual({ user: ana });
    expect(next.getQueryData(itemsKey)).toEqual(itemsPage);
    expect(next.getQueryState(homeKey)?.dataUpdatedAt).toBe(fetchedAt);
    expect(next.getQueryData(meetingKey)).toBeUndefined();
  });

  it('wipes the copy when the person signs out (the app empties its cache)', async () => {
    const store = memoryStore();
    const client = anasClient();
    keep(client, null, options(store));
    await vi.waitFor(() => expect(store.values.size).toBe(2));

    client.clear();
    await vi.waitFor(() => expect(store.values.size).toBe(0));
    // Nothing comes back on the next visit, for anyone.
    expect(await restorePersistedQueries(new QueryClient(), options(store))).toBeNull();
  });

  it('wipes the copy when the server says nobody is signed in (the session ended)', async () => {
    const store = memoryStore();
    const client = anasClient();
    keep(client, null, options(store));
    await vi.waitFor(() => expect(store.values.size).toBe(2));

    client.setQueryData(meKey, { user: null });
    await vi.waitFor(() => expect(store.values.size).toBe(0));
  });

  it('drops the first person’s copy, on the device and on screen, when another signs in', async () => {
    const store = memoryStore();
    const client = anasClient();
    keep(client, null, options(store));
    await vi.waitFor(() => expect(store.values.get('owner')).toBe(ana.id));

    client.setQueryData(meKey, { user: budi });
    await vi.waitFor(() => expect(store.values.get('owner')).toBe(budi.id));
    expect(client.getQueryData(homeKey)).toBeUndefined();
    expect(client.getQueryData(itemsKey)).toBeUndefined();
    expect(store.values.has(`queries:${ana.id}`)).toBe(false);
    expect(savedKeys(store, budi.id)).toEqual([JSON.stringify(meKey)]);
  });

  it('does not restore someone else’s copy when the server already named the person signed in', async () => {
    const store = memoryStore();
    keep(anasClient(), null, options(store));
    await vi.waitFor(() => expect(store.values.size).toBe(2));

    const budisClient = new QueryClient();
    budisClient.setQueryData(meKey, { user: budi });
    expect(await restorePersistedQueries(budisClient, options(store))).toBeNull();
    expect(budisClient.getQueryData(homeKey)).toBeUndefined();
    expect(store.values.size).toBe(0);
  });

  it('throws away a copy from another build or older than the maximum age', async () => {
    const store = memoryStore();
    keep(anasClient(), null, options(store));
    await vi.waitFor(() => expect(store.values.size).toBe(2));
    const snapshot = new Map(store.values);

    expect(
      await restorePersistedQueries(new QueryClient(), options(store, { buster: 'build-2' })),
    ).toBeNull();
    expect(store.values.size).toBe(0);

    for (const [key, value] of snapshot) store.values.set(key, value);
    const later = () => Date.now() + PERSIST_MAX_AGE_MS + 60_000;
    expect(await restorePersistedQueries(new QueryClient(), options(store, { now: later }))).toBeNull();
    expect(store.values.size).toBe(0);
  });
});
