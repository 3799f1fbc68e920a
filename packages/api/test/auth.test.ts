import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMIT } from '../src/auth/account.service';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { signInOverHttp, TEST_PASSWORD } from './support/http';

const api = useTestApi();
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
});
afterAll(async () => {
  await app?.close();
});

const json = { 'content-type': 'application/json' };
const me = (cookie?: string) =>
  app
    .inject({ method: 'GET', url: '/trpc/auth.me', headers: cookie ? { cookie } : {} })
    .then((r) => r.json().result.data.user);
const listMeetings = (cookie: string) =>
  app.inject({ method: 'GET', url: '/trpc/meetings.list', headers: { cookie } });

async function eventTypes(aggregateId: string) {
  const rows = await api.database.db
    .selectFrom('events')
    .select('eventType')
    .where('aggregateId', '=', aggregateId)
    .execute();
  return rows.map((r) => r.eventType);
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and records the sign-in', async () => {
    const { cookie, userId } = await signInOverHttp(app, api);
    expect((await me(cookie))?.id).toBe(userId);
    expect(await eventTypes(userId)).toContain('SignedIn');
    const response = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie } });
    expect(response.statusCode).toBe(200);
  });

  it('uses the __Host- prefix and Secure when served over HTTPS', async () => {
    const secureApp = await buildServer({
      db: api.database.db,
      logger: false,
      publicUrl: 'https://tindak.jambiprov.go.id',
    });
    try {
      const { email } = await signInOverHttp(app, api);
      const response = await secureApp.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: json,
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(/^__Host-tindak_session=/);
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/; HttpOnly/);
      expect(setCookie).toMatch(/; SameSite=Lax/);
      expect(setCookie).toMatch(/; Path=\//);
    } finally {
      await secureApp.close();
    }
  });

  it('says the same thing for an unknown email and a wrong password', async () => {
    const { email } = await signInOverHttp(app, api);
    const attempt = (body: object) =>
      app.inject({ method: 'POST', url: '/trpc/auth.signIn', headers: json, body: JSON.stringify(body) });
    const unknown = await attempt({ email: 'siapa@uji.demo', password: 'apa-saja-123' });
    const wrong = await attempt({ email, password: 'salah-salah-123' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe('Email atau kata sandi salah.');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('gives a new session id at sign-in, so a planted one is worthless', async () => {
    const { cookie, email } = await signInOverHttp(app, api);
    const again = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { ...json, cookie },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const fresh = String(again.headers['set-cookie']).split(';')[0] as string;
    expect(fresh).not.toBe(cookie);
    expect(await me(fresh)).not.toBeNull();
    expect(await me(cookie)).toBeNull();
  });

  it('limits guessing: the sixth try in 15 minutes is refused even with the right password', async () => {
    const { email } = await signInOverHttp(app, api);
    const attempt = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: json,
        body: JSON.stringify({ email, password }),
      });
    for (let i = 1; i < SIGN_IN_LIMIT.perEmail; i++)
      expect((await attempt(`tebakan-${i}-salah`)).statusCode).toBe(401);
    const limited = await attempt(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toBe('Terlalu banyak percobaan. Coba lagi dalam 15 menit.');
  });
});

describe('sessions end', () => {
  it('on sign-out', async () => {
    const { cookie } = await signInOverHttp(app, api);
    const out = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { ...json, cookie },
      body: '{}',
    });
    expect(out.statusCode).toBe(200);
    expect((await listMeetings(cookie)).statusCode).toBe(401);
  });

  it('when an admin deactivates the user', async () => {
    const { cookie, userId } = await signInOverHttp(app, api);
    const admin = await signInOverHttp(app, api, 'admin');
    const user = await api.database.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/users.update',
      headers: { ...json, cookie: admin.cookie },
      body: JSON.stringify({
        id: userId,
        version: user.version,
        displayName: user.displayName,
        role: 'viewer',
        organizationId: user.organizationId,
        active: false,
      }),
    });
    expect(response.statusCode).toBe(200);
    expect((await listMeetings(cookie)).statusCode).toBe(401);
    expect(await eventTypes(userId)).toEqual(expect.arrayContaining(['RoleChanged', 'UserDeactivated']));
  });

  it('after the idle timeout and after the absolute lifetime', async () => {
    const idle = await signInOverHttp(app, api);
    await api.database.db
      .updateTable('sessions')
      .set({ lastSeenAt: sql`now() - interval '3 hours'` })
      .where('userId', '=', idle.userId)
      .execute();
    expect((await listMeetings(idle.cookie)).statusCode).toBe(401);

    const old = await signInOverHttp(app, api);
    await api.database.db
      .updateTable('sessions')
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where('userId', '=', old.userId)
      .execute();
    expect((await listMeetings(old.cookie)).statusCode).toBe(401);
  });
});

describe('CSRF defences', () => {
  it('refuse a text/plain body and a foreign Origin, and change nothing', async () => {
    const { cookie } = await signInOverHttp(app, api);
    const office = await api
      .caller()
      .organizations.create({ name: 'Diskominfo Kota Jambi', kind: 'diskominfo', regionCode: '15.71' });
    const body = JSON.stringify({
      type: 'rakor',
      title: 'Rapat palsu',
      startsAt: '2026-01-05T09:00:00+07:00',
      endsAt: '2026-01-05T10:00:00+07:00',
      place: 'Di mana saja',
      hostOrganizationId: office.id,
    });
    const plain = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { 'content-type': 'text/plain', cookie },
      body,
    });
    const foreign = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { ...json, cookie, origin: 'https://penipu.example' },
      body,
    });
    const crossSite = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { ...json, cookie, 'sec-fetch-site': 'cross-site' },
      body,
    });
    expect([plain.statusCode, foreign.statusCode, crossSite.statusCode]).toEqual([403, 403, 403]);
    const made = await api.database.db
      .selectFrom('meetings')
      .select('id')
      .where('title', '=', 'Rapat palsu')
      .execute();
    expect(made).toEqual([]);
    const ok = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { ...json, cookie, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('never run a mutation from a GET', async () => {
    const { cookie } = await signInOverHttp(app, api);
    const response = await app.inject({
      method: 'GET',
      url: `/trpc/auth.signOut?input=${encodeURIComponent('{}')}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect((await listMeetings(cookie)).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('carry a CSP that forbids framing, nosniff and a referrer policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('permission denials', () => {
  it('are recorded as events', async () => {
    const { cookie, userId } = await signInOverHttp(app, api, 'viewer');
    const response = await app.inject({ method: 'GET', url: '/trpc/users.list', headers: { cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Anda tidak berwenang melakukan ini.');
    expect(await eventTypes(userId)).toContain('PermissionDenied');
  });
});
