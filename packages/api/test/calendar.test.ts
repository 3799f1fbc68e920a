import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/account.service';
import { renderCalendar } from '../src/calendar/ical';
import type { SessionUser } from '../src/context';
import { buildServer } from '../src/server';
import { createUser, useTestApi } from './support';
import { signInOverHttp } from './support/http';

/** Private feeds and single-meeting files, read back with an independent iCalendar parser. */
const api = useTestApi();
const PUBLIC_URL = 'https://tindak.uji.go.id';
let app: FastifyInstance;
let cookie: string;
let staff: SessionUser;
const ids: Record<string, string> = {};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const day = (date: Date) => date.toISOString().slice(0, 10);
const soon = inDays(10);
soon.setUTCHours(2, 0, 0, 0);

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false, publicUrl: PUBLIC_URL });
  const office = async (name: string, regionCode: string) =>
    (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  const tebo = await office('Diskominfo Kabupaten Tebo', '15.09');
  for (const [host, name] of [
    [kerinci, 'Kerinci'],
    [tebo, 'Tebo'],
  ] as const) {
    const meeting = await api.caller().meetings.create({
      type: 'rakor',
      title: `Rakor Satu Data ${name}`,
      startsAt: soon.toISOString(),
      endsAt: new Date(soon.getTime() + 2 * 3_600_000).toISOString(),
      place: `Aula ${name}, Lantai 2`,
      hostOrganizationId: host,
    });
    ids[name] = meeting.id;
    await api.caller().actionItems.create({
      title: `Portal data ${name}`,
      meetingId: meeting.id,
      ownerOrganizationId: host,
      dueOn: day(inDays(30)),
    });
  }
  const signedIn = await signInOverHttp(app, api, 'staff', kerinci);
  cookie = signedIn.cookie;
  const row = await api.database.db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', '=', signedIn.userId)
    .executeTakeFirstOrThrow();
  staff = {
    id: row.id,
    email: row.email,
    displayName: 'Staf',
    role: 'staff',
    organizationId: kerinci,
    personId: null,
    scopeRegion: '15.01',
    language: 'id',
    timeZone: 'Asia/Jakarta',
    notifyMode: 'immediate',
  };
});
afterAll(async () => {
  await app?.close();
});

function events(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

const pathOf = (url: string) => new URL(url).pathname;

describe('calendar feed', () => {
  it('has no feed until one is made, and shows its URL once', async () => {
    const as = api.callerAs(staff);
    expect(await as.calendar.feedUrl()).toBeNull();
    const feed = await as.calendar.createFeed();
    // The caller's context has the default public URL; the server's routes use PUBLIC_URL.
    expect(feed.url).toMatch(/\/api\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await as.calendar.feedUrl()).toEqual({ createdAt: feed.createdAt });
    const token = pathOf(feed.url).replace('/api/kalender/', '').replace('.ics', '');
    const stored = await api.database.db.selectFrom('calendarFeeds').select('tokenHash').execute();
    expect(stored.map((s) => s.tokenHash)).toEqual([createHash('sha256').update(token).digest('hex')]);
  });

  it('holds the meetings in scope and the due dates of own items, without a cookie', async () => {
    const feed = await api.callerAs(staff).calendar.createFeed();
    const response = await app.inject({ method: 'GET', url: pathOf(feed.url) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const all = events(response.body);
    expect(all.map((e) => e.summary).sort()).toEqual([
      'Rakor Satu Data Kerinci',
      'Tenggat: Portal data Kerinci',
    ]);

    const meeting = all.find((e) => e.summary === 'Rakor Satu Data Kerinci');
    expect(meeting?.startDate.isDate).toBe(false);
    expect(meeting?.startDate.toJSDate().toISOString()).toBe(soon.toISOString());
    expect(meeting?.endDate.toJSDate().getTime()).toBe(soon.getTime() + 2 * 3_600_000);
    expect(meeting?.location).toBe('Aula Kerinci, Lantai 2');
    expect(meeting?.uid).toBe(`rapat-${ids.Kerinci}@tindak`);
    expect(meeting?.component.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/rapat/${ids.Kerinci}`);

    const due = all.find((e) => e.summary.startsWith('Tenggat'));
    expect(due?.startDate.isDate).toBe(true);
    expect(due?.startDate.toString()).toBe(day(inDays(30)));
  });

  it('answers 404 for a revoked, replaced or unknown token', async () => {
    const as = api.callerAs(staff);
    const first = await as.calendar.createFeed();
    const second = await as.calendar.createFeed();
    expect((await app.inject({ method: 'GET', url: pathOf(first.url) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: pathOf(second.url) })).statusCode).toBe(200);
    await as.calendar.revokeFeed();
    expect(await as.calendar.feedUrl()).toBeNull();
    expect((await app.inject({ method: 'GET', url: pathOf(second.url) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/kalender/${'a'.repeat(43)}.ics` })).statusCode).toBe(
      404,
    );
  });
});

describe("a calendar feed ends with the account's credentials", () => {
  /** A user of Kerinci with a live feed; returns the feed's path and the user. */
  async function userWithFeed() {
    const office = (
      await api.database.db
        .selectFrom('organizations')
        .select('id')
        .where('name', '=', 'Diskominfo Kabupaten Kerinci')
        .executeTakeFirstOrThrow()
    ).id;
    const user = await createUser(api, { role: 'staff', organizationId: office });
    const feed = pathOf((await api.callerAs(user).calendar.createFeed()).url);
    expect((await app.inject({ method: 'GET', url: feed })).statusCode).toBe(200);
    return { user, feed };
  }
  const feedRows = (userId: string) =>
    api.database.db.selectFrom('calendarFeeds').select('revokedAt').where('userId', '=', userId).execute();
  const eventsOf = async (userId: string) =>
    (
      await api.database.db
        .selectFrom('events')
        .select(['eventType', 'payload'])
        .where('aggregateId', '=', userId)
        .orderBy('id')
        .execute()
    ).map((e) => [e.eventType, e.payload]);

  it('is revoked when the password is reset through a reset link', async () => {
    const { user, feed } = await userWithFeed();
    const link = await issueToken(api.context(), user.id, 'reset');
    const token = new URL(link).searchParams.get('token');
    const reset = await app.inject({
      method: 'POST',
      url: '/trpc/auth.setPassword',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'kata-sandi-baru-2026' }),
    });
    expect(reset.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: feed })).statusCode).toBe(404);
    const rows = await feedRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revokedAt).not.toBeNull();
    expect(await eventsOf(user.id)).toEqual([
      ['PasswordReset', {}],
      ['CalendarFeedRevoked', { reason: 'passwordReset' }],
    ]);
  });

  it('is revoked when an admin deactivates the user, and stays so after reactivation', async () => {
    const { user, feed } = await userWithFeed();
    const admin = await createUser(api, { role: 'admin', organizationId: api.head.organizationId });
    const update = async (active: boolean) => {
      const row = await api.database.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      return api.callerAs(admin).users.update({
        id: user.id,
        version: row.version,
        displayName: row.displayName,
        role: 'staff',
        organizationId: row.organizationId,
        active,
      });
    };
    await update(false);
    expect((await app.inject({ method: 'GET', url: feed })).statusCode).toBe(404);
    const rows = await feedRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revokedAt).not.toBeNull();
    await update(true);
    expect((await app.inject({ method: 'GET', url: feed })).statusCode).toBe(404);
    expect(await eventsOf(user.id)).toEqual([
      ['CalendarFeedRevoked', { reason: 'deactivated' }],
      ['UserDeactivated', {}],
      ['UserReactivated', {}],
    ]);
  });
});

describe('single meeting file', () => {
  it('is one VEVENT for a meeting in scope', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/rapat/${ids.Kerinci}/rapat.ics`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const all = events(response.body);
    expect(all).toHaveLength(1);
    expect(all[0]?.summary).toBe('Rakor Satu Data Kerinci');
    expect(all[0]?.startDate.toJSDate().toISOString()).toBe(soon.toISOString());
  });

  it('is 404 out of scope and 401 without a session', async () => {
    expect(
      (await app.inject({ method: 'GET', url: `/api/rapat/${ids.Tebo}/rapat.ics`, headers: { cookie } }))
        .statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/rapat/${ids.Kerinci}/rapat.ics` })).statusCode).toBe(
      401,
    );
  });
});

describe('calendar file', () => {
  it('keeps punctuation, line breaks, long titles and cancellations intact', () => {
    const title =
      'Rakornis Kominfo 2025; Kabupaten/Kota se-Provinsi Jambi, hari kedua — sesi pleno dan penandatanganan komitmen';
    const body = renderCalendar(title, [
      {
        uid: 'rapat-1@tindak',
        summary: title,
        description: 'Baris satu, dengan koma;\nbaris dua: \\ garis miring',
        location: 'Aula Lt. 2; Gedung B, Jambi',
        start: soon,
        end: new Date(soon.getTime() + 3_600_000),
        cancelled: true,
      },
    ]);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(body));
    // ical.js leaves an X- property as written; calendar apps read X-WR-CALNAME as escaped TEXT.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(title.replace(/[;,]/g, '\\$&'));
    const [event] = events(body);
    expect(event?.summary).toBe(title);
    expect(event?.description).toBe('Baris satu, dengan koma;\nbaris dua: \\ garis miring');
    expect(event?.location).toBe('Aula Lt. 2; Gedung B, Jambi');
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
