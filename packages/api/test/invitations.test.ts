import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESET_LIMIT } from '../src/auth/account.service';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { signInOverHttp } from './support/http';

const api = useTestApi();
let app: FastifyInstance;
let adminCookie: string;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false, publicUrl: 'http://tindak.local' });
  adminCookie = (await signInOverHttp(app, api, 'admin')).cookie;
});
afterAll(async () => {
  await app?.close();
});

const post = (path: string, body: unknown, cookie?: string) =>
  app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: cookie ? { ...json, cookie } : json,
    body: JSON.stringify(body),
  });

describe('invitations', () => {
  it('give a one-time link that sets a password and signs the person in', async () => {
    const office = (await api.database.db.selectFrom('organizations').select('id').executeTakeFirstOrThrow())
      .id;
    const invited = await post(
      'users.invite',
      { email: 'Staf.Baru@Kerincikab.demo', displayName: 'Staf Baru', role: 'staff', organizationId: office },
      adminCookie,
    );
    expect(invited.statusCode).toBe(200);
    const { user, link } = invited.json().result.data;
    expect(user).toMatchObject({ email: 'staf.baru@kerincikab.demo', pending: true, role: 'staff' });
    expect(link).toMatch(/^http:\/\/tindak\.local\/atur-kata-sandi\?token=/);
    const token = new URL(link).searchParams.get('token');

    const set = await post('auth.setPassword', { token, password: 'rahasia-sekali-2026' });
    expect(set.statusCode).toBe(200);
    const cookie = String(set.headers['set-cookie']).split(';')[0];
    const me = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie } });
    expect(me.json().result.data.user.email).toBe('staf.baru@kerincikab.demo');

    const reused = await post('auth.setPassword', { token, password: 'rahasia-lain-2026' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.message).toBe(
      'Tautan ini tidak berlaku lagi (kedaluwarsa atau sudah dipakai). Minta tautan baru.',
    );
  });

  it('refuse a second account for the same email, whatever its case', async () => {
    const office = (await api.database.db.selectFrom('organizations').select('id').executeTakeFirstOrThrow())
      .id;
    const body = { email: 'kembar@uji.demo', displayName: 'Kembar', role: 'viewer', organizationId: office };
    expect((await post('users.invite', body, adminCookie)).statusCode).toBe(200);
    const again = await post('users.invite', { ...body, email: 'KEMBAR@uji.demo' }, adminCookie);
    expect(again.statusCode).toBe(409);
  });

  it('insist on a password of at least 10 characters', async () => {
    const short = await post('auth.setPassword', { token: 'x'.repeat(43), password: 'pendek' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.data.issues).toEqual([
      { path: 'password', message: 'Kata sandi paling sedikit 10 karakter.' },
    ]);
  });
});

describe('password reset requests', () => {
  it('answer the same whether or not the email has an account', async () => {
    const { email } = await signInOverHttp(app, api);
    const known = await post('auth.requestPasswordReset', { email });
    const unknown = await post('auth.requestPasswordReset', { email: 'tidak.terdaftar@uji.demo' });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(known.body).toBe(unknown.body);
  });
});

describe('invitation limits', () => {
  it('stop an admin after 30 invitations in an hour', async () => {
    const { cookie } = await signInOverHttp(app, api, 'admin');
    const office = (await api.database.db.selectFrom('organizations').select('id').executeTakeFirstOrThrow())
      .id;
    const invite = (n: number) =>
      post(
        'users.invite',
        { email: `massal${n}@uji.demo`, displayName: `Massal ${n}`, role: 'viewer', organizationId: office },
        cookie,
      );
    for (let n = 1; n <= 30; n++) expect((await invite(n)).statusCode).toBe(200);
    expect((await invite(31)).statusCode).toBe(429);
  });
});

describe('password reset limits', () => {
  it('stop a fourth request for one address in an hour', async () => {
    const { email } = await signInOverHttp(app, api);
    for (let n = 1; n <= RESET_LIMIT.perEmail; n++) {
      expect((await post('auth.requestPasswordReset', { email })).statusCode).toBe(200);
    }
    expect((await post('auth.requestPasswordReset', { email })).statusCode).toBe(429);
  });
});

describe('a password reset mail', () => {
  const get = (path: string, input: unknown, cookie: string) =>
    app.inject({
      method: 'GET',
      url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
      headers: { cookie },
    });
  const tokenIn = (text: string) => /atur-kata-sandi\?token=([\w-]+)/.exec(text)?.[1];

  it('is for its recipient alone: an admin sees that it went out, to whom and when, not the link', async () => {
    const recipient = await signInOverHttp(app, api, 'staff');
    expect((await post('auth.requestPasswordReset', { email: recipient.email })).statusCode).toBe(200);
    const stored = await api.database.db
      .selectFrom('emails')
      .select(['id', 'textBody'])
      .where('userId', '=', recipient.userId)
      .where('kind', '=', 'reset')
      .executeTakeFirstOrThrow();
    const token = tokenIn(stored.textBody) as string;
    expect(token).toBeTruthy();

    const listed = (await get('outbox.list', {}, adminCookie)).json().result.data.items;
    expect(listed.find((m: { id: string }) => m.id === stored.id)).toMatchObject({
      kind: 'reset',
      to: recipient.email,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain(token);
    const asAdmin = await get('outbox.get', { id: stored.id }, adminCookie);
    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.json().result.data).toMatchObject({ kind: 'reset', to: recipient.email });
    expect(asAdmin.json().result.data.text).toContain('hanya untuk penerimanya');
    expect(asAdmin.body).not.toContain(token);
    // Nor through the digest an admin may preview for anyone.
    const digest = await get('digests.preview', { userId: recipient.userId }, adminCookie);
    expect(digest.statusCode).toBe(200);
    expect(digest.body).not.toContain(token);
    // No route serves the outbox's .eml copies.
    for (const url of [
      `/${stored.id}@tindak.eml`,
      `/outbox/${stored.id}@tindak.eml`,
      `/.data/outbox/${stored.id}@tindak.eml`,
    ]) {
      const response = await app.inject({ method: 'GET', url, headers: { cookie: adminCookie } });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(token);
    }

    const asRecipient = await get('outbox.get', { id: stored.id }, recipient.cookie);
    expect(tokenIn(asRecipient.json().result.data.text)).toBe(token);
  });

  it('unlike an invitation, whose link the inviting admin hands over', async () => {
    const office = (await api.database.db.selectFrom('organizations').select('id').executeTakeFirstOrThrow())
      .id;
    const invited = await post(
      'users.invite',
      {
        email: 'undangan.terlihat@uji.demo',
        displayName: 'Undangan',
        role: 'viewer',
        organizationId: office,
      },
      adminCookie,
    );
    const { user, link } = invited.json().result.data;
    const mail = await api.database.db
      .selectFrom('emails')
      .select('id')
      .where('userId', '=', user.id)
      .executeTakeFirstOrThrow();
    const shown = await get('outbox.get', { id: mail.id }, adminCookie);
    expect(shown.json().result.data.text).toContain(link);
  });
});
