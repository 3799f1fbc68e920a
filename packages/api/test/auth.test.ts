import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { SIGN_IN_LIMIT } from '../src/auth/sign-in-limits';
import { buildServer } from '../src/server';
import { createUser, useTestApi } from './support';
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
});

describe('sign-in limits', () => {
  const attempt = (email: string, password: string, remoteAddress = '198.51.100.1') =>
    app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: json,
      remoteAddress,
      body: JSON.stringify({ email, password }),
    });
  const wrong = (email: string, remoteAddress?: string) =>
    attempt(email, 'tebakan-yang-salah', remoteAddress);

  it('let a whole office sign in from one address at once', async () => {
    const office = (
      await api.database.db
        .insertInto('organizations')
        .values({ name: 'Diskominfo di balik NAT', kind: 'diskominfo', regionCode: '15.01' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const emails: string[] = [];
    for (let n = 1; n <= 40; n++) {
      const user = await createUser(api, {
        role: 'staff',
        organizationId: office,
        email: `kantor${n}@uji.demo`,
      });
      emails.push(user.email);
    }
    await api.database.db.updateTable('users').set({ passwordHash }).where('email', 'in', emails).execute();
    const answers = await Promise.all(emails.map((email) => attempt(email, TEST_PASSWORD, '203.0.113.40')));
    expect(answers.map((a) => a.statusCode)).toEqual(emails.map(() => 200));
  });

  it('lock one account from one address after 5 wrong passwords, not from another address', async () => {
    const { email } = await signInOverHttp(app, api);
    for (let i = 0; i < SIGN_IN_LIMIT.perPair; i++)
      expect((await wrong(email, '198.51.100.7')).statusCode).toBe(401);
    const locked = await attempt(email, TEST_PASSWORD, '198.51.100.7');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toBe('Terlalu banyak percobaan. Coba lagi dalam 15 menit.');
    expect((await attempt(email, TEST_PASSWORD, '198.51.100.8')).statusCode).toBe(200);
    expect((await attempt(email, TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(429);
  });

  it("count failures only: a successful sign-in clears its address's failures", async () => {
    const { email } = await signInOverHttp(app, api);
    // Twice four failures: a sixth for the pair, had the success between not cleared them.
    for (let round = 0; round < 2; round++) {
      for (let i = 1; i < SIGN_IN_LIMIT.perPair; i++)
        expect((await wrong(email, '198.51.100.9')).statusCode).toBe(401);
      expect((await attempt(email, TEST_PASSWORD, '198.51.100.9')).statusCode).toBe(200);
    }
  });

  it('hold a burst of parallel guesses to the limit', async () => {
    const { email } = await signInOverHttp(app, api);
    const answers = await Promise.all(Array.from({ length: 12 }, () => wrong(email, '198.51.100.10')));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(SIGN_IN_LIMIT.perPair);
    expect(codes.filter((c) => c === 429)).toHaveLength(12 - SIGN_IN_LIMIT.perPair);
  });

  it('slow an account guessed at from many addresses down, without locking its owner out', async () => {
    const { email } = await signInOverHttp(app, api);
    for (let i = 0; i < SIGN_IN_LIMIT.slowDownAfter; i++) {
      expect((await wrong(email, `192.0.2.${i + 1}`)).statusCode).toBe(401);
    }
    const slowed = await attempt(email, TEST_PASSWORD, '198.51.100.11');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.message).toMatch(
      /^Terlalu banyak percobaan masuk yang gagal untuk akun ini\. Coba lagi dalam \d+ detik\.$/,
    );
    // Once the wait has passed (here: the last failure moved back a minute), the owner gets in.
    await api.database.db
      .updateTable('rateLimits')
      .set({ lastHitAt: sql`now() - interval '1 minute'` })
      .where('bucket', '=', `sign-in:email:${email}`)
      .execute();
    expect((await attempt(email, TEST_PASSWORD, '198.51.100.11')).statusCode).toBe(200);
  });

  it('stop an address only after failures enough for a whole office', async () => {
    const { email } = await signInOverHttp(app, api);
    await api.database.db
      .insertInto('rateLimits')
      .values({
        bucket: 'sign-in:ip:198.51.100.12',
        windowStart: sql`now()`,
        hits: SIGN_IN_LIMIT.perAddress - 1,
      })
      .execute();
    expect((await attempt(email, TEST_PASSWORD, '198.51.100.12')).statusCode).toBe(200);
    expect((await wrong(email, '198.51.100.12')).statusCode).toBe(401);
    expect((await attempt(email, TEST_PASSWORD, '198.51.100.12')).statusCode).toBe(429);
    expect((await attempt(email, TEST_PASSWORD, '198.51.100.13')).statusCode).toBe(200);
  });

  it('see the client behind a trusted proxy, and only a trusted one', async () => {
    const proxied = await buildServer({ db: api.database.db, logger: false, trustProxy: ['127.0.0.1'] });
    try {
      const { email } = await signInOverHttp(app, api);
      const via = (client: string, password: string, proxy = '127.0.0.1') =>
        proxied.inject({
          method: 'POST',
          url: '/trpc/auth.signIn',
          headers: { ...json, 'x-forwarded-for': client },
          remoteAddress: proxy,
          body: JSON.stringify({ email, password }),
        });
      for (let i = 0; i < SIGN_IN_LIMIT.perPair; i++) {
        expect((await via('203.0.113.50', 'tebakan-yang-salah')).statusCode).toBe(401);
      }
      expect((await via('203.0.113.50', TEST_PASSWORD)).statusCode).toBe(429);
      expect((await via('203.0.113.51', TEST_PASSWORD)).statusCode).toBe(200);
      // An untrusted peer's header is ignored: its own address is what counts.
      for (let i = 0; i < SIGN_IN_LIMIT.perPair; i++) {
        expect((await via('203.0.113.60', 'tebakan-yang-salah', '198.51.100.14')).statusCode).toBe(401);
      }
      expect((await via('203.0.113.61', TEST_PASSWORD, '198.51.100.14')).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
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
