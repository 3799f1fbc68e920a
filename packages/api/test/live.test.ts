import type { AddressInfo } from 'node:net';
import type { LiveEvent } from '@tindak/shared';
import { createTRPCClient, httpSubscriptionLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLiveBus, type LiveBus } from '../src/live/event-bus';
import { SESSION_RECHECK_MS, watchSession } from '../src/live/session-watch';
import type { AppRouter } from '../src/root';
import { buildServer } from '../src/server';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';
import { eventually } from './support/worker';

/**
 * Live updates end to end: a head of Kerinci has a page open (an SSE subscription over real HTTP);
 * staff change an item; the head hears about it, and not about changes outside Kerinci.
 */
const api = useTestApi();
let app: FastifyInstance;
let live: LiveBus;
let baseUrl: string;
let kerinciId: string;
let teboId: string;
let meetingId: string;

beforeAll(async () => {
  live = createLiveBus(api.database.url, () => {});
  app = await buildServer({ db: api.database.db, logger: false, live });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  teboId = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  meetingId = (await api.caller().meetings.create(meetingInput(kerinciId))).id;
});

afterAll(async () => {
  await app?.close();
});

function subscribe(cookie: string, received: LiveEvent[], lastEventId?: number) {
  const client = createTRPCClient<AppRouter>({
    links: [
      httpSubscriptionLink({
        url: `${baseUrl}/trpc`,
        EventSource,
        eventSourceOptions: () => ({
          fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, cookie } }),
        }),
      }),
    ],
  });
  return client.live.onChange.subscribe(lastEventId === undefined ? {} : { lastEventId }, {
    onData: (event) => received.push(event.data),
  });
}

describe('a live-update stream ends with its session', () => {
  /** A head of Kerinci's open page: what it hears, and the error that ended it, if one did. */
  async function openPage() {
    const { cookie, userId } = await signInOverHttp(app, api, 'head', kerinciId);
    const received: LiveEvent[] = [];
    let ended: { code: string | undefined } | undefined;
    const client = createTRPCClient<AppRouter>({
      links: [
        httpSubscriptionLink({
          url: `${baseUrl}/trpc`,
          EventSource,
          eventSourceOptions: () => ({
            fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, cookie } }),
          }),
        }),
      ],
    });
    const subscription = client.live.onChange.subscribe(
      {},
      {
        onData: (event) => received.push(event.data),
        onError: (error) => {
          ended = { code: error.data?.code };
        },
      },
    );
    // The stream is listening once it hears a change in its scope.
    const opening = await api.caller().meetings.create(meetingInput(kerinciId, { title: 'Rapat pembuka' }));
    await eventually(async () => (received.some((e) => e.aggregateId === opening.id) ? true : undefined));
    return { cookie, userId, received, subscription, ended: async () => ended };
  }

  it('on sign-out, before telling the page anything more', async () => {
    const page = await openPage();
    try {
      const out = await app.inject({
        method: 'POST',
        url: '/trpc/auth.signOut',
        headers: { 'content-type': 'application/json', cookie: page.cookie },
        body: '{}',
      });
      expect(out.statusCode).toBe(200);
      expect(await eventually(page.ended)).toEqual({ code: 'UNAUTHORIZED' });
      expect(page.received.map((e) => e.eventType)).not.toContain('SignedOut');
    } finally {
      page.subscription.unsubscribe();
    }
  });

  it('when an admin deactivates the user', async () => {
    const page = await openPage();
    try {
      const admin = await createUser(api, { role: 'admin', organizationId: kerinciId });
      const row = await api.database.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', page.userId)
        .executeTakeFirstOrThrow();
      await api.callerAs(admin).users.update({
        id: row.id,
        version: row.version,
        displayName: row.displayName,
        role: 'head',
        organizationId: row.organizationId,
        active: false,
      });
      expect(await eventually(page.ended)).toEqual({ code: 'UNAUTHORIZED' });
      expect(page.received.map((e) => e.eventType)).not.toContain('UserDeactivated');
    } finally {
      page.subscription.unsubscribe();
    }
  });

  it('when the session has expired: the next change is not delivered', async () => {
    const page = await openPage();
    try {
      await api.database.db
        .updateTable('sessions')
        .set({ expiresAt: sql`now() - interval '1 second'` })
        .where('userId', '=', page.userId)
        .execute();
      const after = await api
        .caller()
        .meetings.create(meetingInput(kerinciId, { title: 'Setelah kedaluwarsa' }));
      expect(await eventually(page.ended)).toEqual({ code: 'UNAUTHORIZED' });
      expect(page.received.map((e) => e.aggregateId)).not.toContain(after.id);
    } finally {
      page.subscription.unsubscribe();
    }
  });

  it('and a quiet stream finds out within SESSION_RECHECK_MS', async () => {
    vi.useFakeTimers();
    try {
      let holds = true;
      const watch = watchSession(async () => holds, undefined);
      await vi.advanceTimersByTimeAsync(SESSION_RECHECK_MS);
      expect(watch.signal.aborted).toBe(false);
      holds = false;
      await vi.advanceTimersByTimeAsync(SESSION_RECHECK_MS);
      expect(watch.signal.aborted).toBe(true);
      expect(watch.lost).toBe(true);
      await expect(watch.require()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      watch.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('live updates', () => {
  it('tells an open page about changes in its scope, and only those', async () => {
    const { cookie } = await signInOverHttp(app, api, 'head', kerinciId);
    const received: LiveEvent[] = [];
    const subscription = subscribe(cookie, received);
    try {
      // Give the stream a moment to open before changing anything.
      await new Promise((r) => setTimeout(r, 500));
      const outside = await api.caller().actionItems.create({
        title: 'Di luar Kerinci',
        meetingId,
        ownerOrganizationId: teboId,
        dueOn: '2030-01-31',
      });
      const inside = await api.caller().actionItems.create({
        title: 'Di Kerinci',
        meetingId,
        ownerOrganizationId: kerinciId,
        dueOn: '2030-01-31',
      });
      await api
        .caller()
        .actionItems.reportProgress({ id: inside.id, version: inside.version, progress: 40, note: null });
      const events = await eventually(async () => (received.length >= 2 ? received : undefined));
      expect(events.map((e) => [e.aggregateId, e.eventType])).toEqual([
        [inside.id, 'ActionItemAssigned'],
        [inside.id, 'ProgressReported'],
      ]);
      expect(events.some((e) => e.aggregateId === outside.id)).toBe(false);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('replays what a reconnecting page missed, from the event log', async () => {
    const { cookie } = await signInOverHttp(app, api, 'head', kerinciId);
    const before = await api.database.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    const missed = await api.caller().actionItems.create({
      title: 'Terjadi saat halaman tertutup',
      meetingId,
      ownerOrganizationId: kerinciId,
      dueOn: '2030-01-31',
    });
    const received: LiveEvent[] = [];
    const subscription = subscribe(cookie, received, Number(before.id));
    try {
      const events = await eventually(async () => (received.length >= 1 ? received : undefined));
      expect(events[0]).toMatchObject({ aggregateId: missed.id, eventType: 'ActionItemAssigned' });
    } finally {
      subscription.unsubscribe();
    }
  });

  it('refuses a stream without a session', async () => {
    const response = await fetch(`${baseUrl}/trpc/live.onChange?input=${encodeURIComponent('{}')}`, {
      headers: { accept: 'text/event-stream' },
    });
    const body = await response.text();
    expect(body).toContain('UNAUTHORIZED');
  });

  it("keeps a head's completion counts until an item in their province changes", async () => {
    const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi (cache)', '15');
    // Made before the counts are kept: a new office drops them all.
    const national = await makeOffice(api, 'Kantor tanpa wilayah', null);
    const { cookie } = await signInOverHttp(app, api, 'head', jambi.id);
    const totals = async () => {
      const response = await app.inject({ method: 'GET', url: '/trpc/dashboard.home', headers: { cookie } });
      const rows: { done: number; open: number }[] = response.json().result.data.completion.byRegion;
      return rows.reduce((sum, row) => ({ done: sum.done + row.done, open: sum.open + row.open }), {
        done: 0,
        open: 0,
      });
    };
    const settled = await eventually(async () => {
      const first = await totals();
      await new Promise((r) => setTimeout(r, 200));
      return JSON.stringify(await totals()) === JSON.stringify(first) ? first : undefined;
    });
    // A change made behind the app's back (no event) is not seen: the counts are kept.
    const open = await api.caller().actionItems.create({
      title: 'Dicatat lalu diubah langsung di basis data',
      meetingId,
      ownerOrganizationId: kerinciId,
      dueOn: '2030-01-31',
    });
    const kept = await eventually(async () => {
      const now = await totals();
      return now.open === settled.open + 1 ? now : undefined;
    });
    await api.database.db
      .updateTable('actionItems')
      .set({ status: 'done' })
      .where('id', '=', open.id)
      .execute();
    expect(await totals()).toEqual(kept);
    // A change outside the province (here an office without a region) leaves them too; one in Tebo drops them.
    await api.caller().actionItems.create({
      title: 'Di provinsi lain',
      meetingId,
      ownerOrganizationId: national.id,
      dueOn: '2030-01-31',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await totals()).toEqual(kept);
    await api.caller().actionItems.create({
      title: 'Di Tebo',
      meetingId,
      ownerOrganizationId: teboId,
      dueOn: '2030-01-31',
    });
    expect(
      await eventually(async () => ((await totals()).done === kept.done + 1 ? totals() : undefined)),
    ).toEqual({ done: kept.done + 1, open: kept.open });
  });

  it('lets the server close while streams are open', async () => {
    const other = await buildServer({
      db: api.database.db,
      logger: false,
      live: createLiveBus(api.database.url, () => {}),
    });
    await other.listen({ port: 0, host: '127.0.0.1' });
    const { cookie } = await signInOverHttp(other, api, 'viewer', kerinciId);
    const url = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}/trpc/live.onChange?input=%7B%7D`;
    const controller = new AbortController();
    const open = await fetch(url, { signal: controller.signal, headers: { cookie } });
    expect(open.headers.get('content-type')).toContain('text/event-stream');
    await new Promise((r) => setTimeout(r, 300));
    await expect(
      Promise.race([
        other.close().then(() => 'closed'),
        new Promise((r) => setTimeout(() => r('hung'), 5000)),
      ]),
    ).resolves.toBe('closed');
    controller.abort();
  });
});
