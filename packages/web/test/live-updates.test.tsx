import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import type { AppRouter } from '@tindak/api';
import type { LiveEvent } from '@tindak/shared';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../src/api/client';
import { createBatcher, invalidateForEvents } from '../src/live/live-invalidation';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query } from './trpc-http';

const id = '5d0c2d1e-8f7a-4b7e-9a51-3c2b1a000001';

/** The action item list page with nothing in it; returns the list's recorded calls. */
function serveEmptyActionItemList() {
  const list = query('actionItems.list', () => ({ items: [], nextCursor: null }));
  server.use(
    list.handler,
    query('regions.list', () => []).handler,
    query('organizations.list', () => []).handler,
    query('meetings.list', () => ({ items: [], nextCursor: null })).handler,
  );
  return list;
}

/** A cache holding one query of each kind the app shows, to see which an event marks stale. */
function seededCache() {
  const queryClient = new QueryClient();
  const client = createApiClient({ url: API_URL, getLanguage: () => 'id', batch: false });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  const keys = {
    actionItemList: trpc.actionItems.list.infiniteQueryKey({}),
    actionItem: trpc.actionItems.get.queryKey({ id }),
    meetingList: trpc.meetings.list.infiniteQueryKey({}),
    meeting: trpc.meetings.get.queryKey({ id }),
    proposal: trpc.proposals.get.queryKey({ id }),
    commitment: trpc.commitments.get.queryKey({ id }),
    me: trpc.auth.me.queryKey(),
    search: trpc.search.query.queryKey({ q: 'blank spot' }),
    digest: trpc.digests.preview.queryKey({}),
    outbox: trpc.outbox.list.infiniteQueryKey({}),
    users: trpc.users.list.infiniteQueryKey({}),
    regions: trpc.regions.list.queryKey(),
  };
  // The data does not matter here, only that each query is in the cache.
  for (const key of Object.values(keys)) queryClient.setQueryData<unknown>(key as readonly unknown[], {});
  const invalidated = () =>
    Object.entries(keys)
      .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
      .sort();
  return { queryClient, trpc, invalidated };
}

describe('which queries a live event refreshes', () => {
  it.each([
    ['action_item', ['actionItem', 'actionItemList', 'digest', 'search']],
    ['meeting', ['digest', 'meeting', 'meetingList', 'search']],
    ['proposal', ['commitment', 'proposal', 'search']],
    ['commitment', ['commitment', 'digest', 'proposal', 'search']],
    ['user', ['me', 'outbox']],
    ['file', []],
  ])('%s', async (aggregateType, expected) => {
    const { queryClient, trpc, invalidated } = seededCache();
    await invalidateForEvents(queryClient, trpc, [{ aggregateType }]);
    expect(invalidated()).toEqual(expected);
  });

  it('refreshes the union for a burst of different events', async () => {
    const { queryClient, trpc, invalidated } = seededCache();
    await invalidateForEvents(queryClient, trpc, [
      { aggregateType: 'action_item' },
      { aggregateType: 'action_item' },
      { aggregateType: 'user' },
    ]);
    expect(invalidated()).toEqual(['actionItem', 'actionItemList', 'digest', 'me', 'outbox', 'search']);
  });
});

describe('coalescing a burst of events', () => {
  afterEach(() => vi.useRealTimers());

  it('hands over everything that arrived within the window at once, then starts a new window', () => {
    vi.useFakeTimers();
    const flushed: number[][] = [];
    const batcher = createBatcher<number>((items) => flushed.push(items), 300);
    batcher.push(1);
    batcher.push(2);
    vi.advanceTimersByTime(200);
    batcher.push(3);
    vi.advanceTimersByTime(99);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([[1, 2, 3]]);
    batcher.push(4);
    vi.advanceTimersByTime(300);
    expect(flushed).toEqual([[1, 2, 3], [4]]);
    batcher.push(5);
    batcher.cancel();
    vi.advanceTimersByTime(300);
    expect(flushed).toHaveLength(2);
  });
});

/** Just enough of EventSource for tRPC's subscription link; the test plays the server. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readyState = 1;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.readyState = this.CLOSED;
  }
  send(event: LiveEvent) {
    this.dispatchEvent(
      new MessageEvent('message', { data: JSON.stringify(event), lastEventId: String(event.id) }),
    );
  }
}

describe('live updates in the app', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeEventSource.opened = [];
  });

  it('subscribes over server-sent events and refetches the list on screen once per burst', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const list = serveEmptyActionItemList();
    renderApp('/tindak-lanjut');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tindak lanjut' })).toBeTruthy();
    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    const stream = FakeEventSource.opened[0] as FakeEventSource;
    expect(new URL(stream.url).pathname).toBe('/trpc/live.onChange');
    await waitFor(() => expect(list.calls).toHaveLength(1));

    // Something else changed: this page has nothing to refetch.
    stream.send({ id: 10, eventType: 'MeetingUpdated', aggregateType: 'meeting', aggregateId: id });
    // A head delegates three items within a moment: one refetch.
    for (const n of [11, 12, 13]) {
      stream.send({ id: n, eventType: 'ActionItemDelegated', aggregateType: 'action_item', aggregateId: id });
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await waitFor(() => expect(list.calls).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(list.calls).toHaveLength(2);
  });

  it('stays quiet where EventSource does not exist (as in these tests by default)', async () => {
    expect(typeof globalThis.EventSource).toBe('undefined');
    let asked = 0;
    server.use(
      http.get(`${API_URL}/live.onChange`, () => {
        asked += 1;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const list = serveEmptyActionItemList();
    renderApp('/tindak-lanjut');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tindak lanjut' })).toBeTruthy();
    await waitFor(() => expect(list.calls).toHaveLength(1));
    expect(asked).toBe(0);
  });
});
