import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip } from '../src/http/trpc-response';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { signInOverHttp } from './support/http';

const api = useTestApi();
let app: FastifyInstance;
let cookie: string;

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  cookie = (await signInOverHttp(app, api)).cookie;
});
afterAll(async () => {
  await app?.close();
});

describe('HTTP host', () => {
  it('answers UNAUTHORIZED, in words, to a request without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/trpc/meetings.list' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Silakan masuk terlebih dahulu.');
  });

  it('answers a plain GET /trpc/meetings.list with no input', async () => {
    const response = await app.inject({ method: 'GET', url: '/trpc/meetings.list', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ result: { data: { items: [], nextCursor: null } } });
  });

  it('sends a tRPC answer whole, with its length, its status and tRPC headers kept', async () => {
    const ok = await app.inject({ method: 'GET', url: '/trpc/meetings.list', headers: { cookie } });
    expect(ok.headers['transfer-encoding']).toBeUndefined();
    expect(Number(ok.headers['content-length'])).toBe(Buffer.byteLength(ok.body));
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    expect(ok.headers.vary).toContain('trpc-accept');
    const refused = await app.inject({ method: 'GET', url: '/trpc/meetings.list' });
    expect(refused.statusCode).toBe(401);
    expect(Number(refused.headers['content-length'])).toBe(Buffer.byteLength(refused.body));
  });

  it('gzips a large answer for a browser that accepts it, and only then', async () => {
    // Every province side by side: several kilobytes of JSON.
    const url = '/trpc/regions.national';
    const plain = await app.inject({ method: 'GET', url, headers: { cookie } });
    expect(plain.statusCode).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await app.inject({
      method: 'GET',
      url,
      headers: { cookie, 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('trpc-accept');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.rawPayload.length);
    expect(zipped.rawPayload.length).toBeLessThan(plain.body.length / 3);
    const data = JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'));
    expect({ ...data, result: { data: { ...data.result.data, countedAt: 'x' } } }).toEqual({
      ...plain.json(),
      result: { data: { ...plain.json().result.data, countedAt: 'x' } },
    });
    // A small answer is not worth it; a browser that refuses gzip gets text.
    const small = await app.inject({
      method: 'GET',
      url: '/trpc/meetings.list',
      headers: { cookie, 'accept-encoding': 'gzip' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ result: { data: { items: [], nextCursor: null } } });
    const refused = await app.inject({
      method: 'GET',
      url,
      headers: { cookie, 'accept-encoding': 'gzip;q=0, br' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('reports the database on /healthz', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('returns field errors in Indonesian by default and English on request', async () => {
    const body = JSON.stringify({ type: 'rakornis', title: '', startsAt: 'besok' });
    const id = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { 'content-type': 'application/json', cookie },
      body,
    });
    expect(id.statusCode).toBe(400);
    const idError = id.json().error;
    expect(idError.data.code).toBe('BAD_REQUEST');
    expect(idError.data.issues).toContainEqual({ path: 'title', message: 'Wajib diisi.' });
    expect(idError.data.issues).toContainEqual({ path: 'startsAt', message: 'Tanggal dan jam tidak valid.' });

    const en = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { 'content-type': 'application/json', 'x-tindak-lang': 'en', cookie },
      body,
    });
    expect(en.json().error.data.issues).toContainEqual({ path: 'title', message: 'This field is required.' });
  });

  it('never answers 500 to malformed JSON or an unknown procedure', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    });
    expect(malformed.statusCode).toBeGreaterThanOrEqual(400);
    expect(malformed.statusCode).toBeLessThan(500);
    const unknown = await app.inject({ method: 'GET', url: '/trpc/meetings.hapus' });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers NOT_FOUND with a translated message and no stack trace', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/trpc/meetings.get?input=${encodeURIComponent(JSON.stringify({ id: '00000000-0000-4000-8000-000000000000' }))}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(404);
    const error = response.json().error;
    expect(error.message).toBe('Rapat tidak ditemukan.');
    expect(error.data.stack).toBeUndefined();
  });

  it('names the current status, translated, when an action is not allowed', async () => {
    const host = await api
      .caller()
      .organizations.create({ name: 'Diskominfo Kota Jambi', kind: 'diskominfo', regionCode: '15.71' });
    const meeting = await api.caller().meetings.create({
      type: 'rakor',
      title: 'Rakor Satu Data',
      startsAt: '2025-11-10T09:00:00+07:00',
      endsAt: '2025-11-10T11:00:00+07:00',
      place: 'Kantor Diskominfo Kota Jambi',
      hostOrganizationId: host.id,
    });
    const item = await api.caller().actionItems.create({
      title: 'Laporan Satu Data',
      meetingId: meeting.id,
      ownerOrganizationId: host.id,
      dueOn: '2030-01-31',
    });
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/actionItems.verify',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ id: item.id, version: item.version, accept: true }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'Tindakan ini tidak bisa dilakukan pada status sekarang (Terbuka).',
    );
  });
});
