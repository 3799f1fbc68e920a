import { dehydrate, QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import type { AppRouter } from '@tindak/api';
import type { DashboardHome, Language } from '@tindak/shared';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../src/api/client';
import { createQueryClient } from '../src/api/query-client';
import { seedStartQueries, startQueryOptions } from '../src/api/start-queries';
import { requestStartQueries, type StartAnswers } from '../src/api/start-requests';
import { restorePersistedQueries } from '../src/offline/persist-queries';
import type { OfflineStore } from '../src/offline/persist-store';
import { server, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query, trpcError } from './trpc-http';

/**
 * What the app's first page needs, asked for before the app has started (api/start-requests.ts)
 * and put in its cache under the keys its pages use (api/start-queries.ts): Beranda then shows at
 * once, without asking the server again. If a page's key ever stops matching, it asks, and these fail.
 */
const staff = { ...signedInUser, role: 'staff' as const };
const me = { user: staff, demoAccounts: [] };

const home: DashboardHome = {
  today: '2026-03-04',
  myItems: {
    items: [
      {
        id: '00000000-0000-4000-8000-000000000101',
        title: 'Susun rencana aksi SPBE',
        status: 'in_progress',
        health: 'overdue',
        priority: 'normal',
        progress: 0,
        dueOn: '2026-03-01',
        ownerOrganization: { id: '00000000-0000-4000-8000-0000000000c1', name: 'Diskominfo Kerinci' },
        ownerPerson: null,
        region: { code: '15.01', name: 'Kabupaten Kerinci' },
      },
    ],
    total: 1,
  },
  waitingForMe: { items: [], total: 0 },
  upcomingMeetings: { items: [], total: 0 },
  completion: null,
};

/** The early request, answered by `answer` (a promise keeps it on its way); records its calls. */
function earlyBatch(answer: () => Response | Promise<Response>) {
  const calls: { url: URL; language: string | null }[] = [];
  server.use(
    http.get(`${API_URL}/auth.me,dashboard.home`, ({ request }) => {
      calls.push({ url: new URL(request.url), language: request.headers.get('x-tindak-lang') });
      return answer();
    }),
  );
  return calls;
}

const bothAnswered = () => HttpResponse.json([{ result: { data: me } }, { result: { data: home } }]);

/** The app's own requests for the same two, one procedure each (the tests' client does not batch). */
function ownRequests() {
  const session = query('auth.me', () => me);
  const dashboard = query('dashboard.home', () => home);
  server.use(session.handler, dashboard.handler);
  return { session: session.calls, dashboard: dashboard.calls };
}

function ask(lang: Language = 'id') {
  return requestStartQueries(['auth.me', 'dashboard.home'], lang, { url: API_URL });
}

function startApp(early: StartAnswers) {
  const queryClient = createQueryClient();
  // No retries (a failure is seen at once), the app's other defaults (how long data stays fresh) kept.
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  seedStartQueries(
    queryClient,
    createApiClient({ url: API_URL, batch: false, getLanguage: () => 'id' }),
    early,
  );
  renderApp('/', { queryClient });
  return queryClient;
}

async function myItemShown() {
  const mine = await screen.findByRole('region', { name: 'Tindak lanjut saya' });
  expect(within(mine).getByRole('link', { name: 'Susun rencana aksi SPBE' })).toBeTruthy();
}

describe('the requests made before the app starts', () => {
  it('asks for the session and Beranda in one request, in the language given, each answered on its own', async () => {
    const calls = earlyBatch(() =>
      HttpResponse.json(
        [{ result: { data: me } }, trpcError('UNAUTHORIZED', 'dashboard.home', 'Silakan masuk.')],
        { status: 207 },
      ),
    );
    const early = ask('en');
    expect(await early['auth.me']?.data).toEqual(me);
    await expect(early['dashboard.home']?.data).rejects.toThrow();
    expect(early['auth.me']?.answered?.data).toEqual(me);
    expect(early['dashboard.home']?.failed).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.language).toBe('en');
    // tRPC's batch form, as the server's fetch adapter reads it.
    expect(calls[0]?.url.searchParams.get('batch')).toBe('1');
    expect(calls[0]?.url.searchParams.get('input')).toBe('{}');
  });

  it('starts Beranda with the answers already here, asking the server for neither again', async () => {
    earlyBatch(bothAnswered);
    const own = ownRequests();
    const early = ask();
    await early['dashboard.home']?.data;
    startApp(early);
    await myItemShown();
    // Still fresh a moment later: nothing refetched on mount.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(own.session).toHaveLength(0);
    expect(own.dashboard).toHaveLength(0);
  });

  it('waits for answers still on their way rather than asking a second time', async () => {
    let release: () => void = () => {};
    const calls = earlyBatch(
      () => new Promise<Response>((resolve) => (release = () => resolve(bothAnswered()))),
    );
    const own = ownRequests();
    const early = ask();
    startApp(early);
    expect(await screen.findByText('Memeriksa sesi…')).toBeTruthy();
    await waitFor(() => expect(calls).toHaveLength(1));
    release();
    await myItemShown();
    expect(own.session).toHaveLength(0);
    expect(own.dashboard).toHaveLength(0);
  });

  it('asks the server as usual when the early request fails on the way', async () => {
    let fail: () => void = () => {};
    const calls = earlyBatch(
      () => new Promise<Response>((resolve) => (fail = () => resolve(HttpResponse.error()))),
    );
    const own = ownRequests();
    const early = ask();
    startApp(early);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(own.session).toHaveLength(0);
    fail();
    await myItemShown();
    expect(own.session).toHaveLength(1);
    expect(own.dashboard).toHaveLength(1);
  });

  it('leaves an early failure to the page, which asks for itself', async () => {
    earlyBatch(() => HttpResponse.error());
    const own = ownRequests();
    const early = ask();
    await expect(early['auth.me']?.data).rejects.toThrow();
    startApp(early);
    await myItemShown();
    expect(own.session).toHaveLength(1);
    expect(own.dashboard).toHaveLength(1);
  });

  it("keeps the early answers when the device's older copy is restored", async () => {
    earlyBatch(bothAnswered);
    const early = ask();
    await early['dashboard.home']?.data;
    const queryClient = new QueryClient();
    seedStartQueries(queryClient, createApiClient({ url: API_URL, getLanguage: () => 'id' }), early);

    // The same person's copy from yesterday, with another list of items.
    const yesterday = new QueryClient();
    const trpc = createTRPCOptionsProxy<AppRouter>({
      client: createApiClient({ getLanguage: () => 'id' }),
      queryClient,
    });
    const key = startQueryOptions['dashboard.home'](trpc).queryKey;
    yesterday.setQueryData(key, { ...home, today: '2026-03-03' }, { updatedAt: Date.now() - 86_400_000 });
    const values = new Map<string, unknown>([
      ['owner', staff.id],
      [
        `queries:${staff.id}`,
        { userId: staff.id, buster: 'b', savedAt: Date.now() - 86_400_000, state: dehydrate(yesterday) },
      ],
    ]);
    const store: OfflineStore = {
      get: async (k) => values.get(k),
      set: async (k, v) => void values.set(k, v),
      clear: async () => values.clear(),
    };
    expect(await restorePersistedQueries(queryClient, { store, buster: 'b' })).toBe(staff.id);
    expect(queryClient.getQueryData<DashboardHome>(key)?.today).toBe('2026-03-04');
  });
});
