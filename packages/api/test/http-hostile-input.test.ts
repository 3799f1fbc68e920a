import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { countRows, makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';

/**
 * What a hostile or careless client can send the HTTP edge, through the real server (on a real
 * socket where the path must reach Fastify exactly as written): every answer is a translated
 * message in one shape, never a server error or a library's words, and nothing is written.
 */
const api = useTestApi();
let app: FastifyInstance;
let cookie: string;
let hostId: string;

const json = { 'content-type': 'application/json' };
const unstorable = {
  id: 'Teks berisi karakter yang tidak dapat disimpan (karakter NUL atau karakter rusak). Hapus karakter itu lalu coba lagi.',
  en: 'The text contains characters that cannot be saved (a NUL or a broken character). Remove them and try again.',
};
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  cookie = (await signInOverHttp(app, api)).cookie;
  hostId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
});
afterAll(async () => {
  await app?.close();
});

/** A POST sent over a socket with its path untouched (inject would resolve `..` and `//`). */
function rawPost(path: string, headers: Record<string, string>, body: string | Buffer) {
  const { port } = app.server.address() as AddressInfo;
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function multipart(fileName: string, content: Buffer) {
  const boundary = '----tindak';
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

async function countFiles() {
  const { n } = await api.database.db
    .selectFrom('files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

function createMeeting(overrides: Record<string, unknown>, lang = 'id') {
  return app.inject({
    method: 'POST',
    url: '/trpc/meetings.create',
    headers: { ...json, cookie, 'x-tindak-lang': lang },
    body: JSON.stringify({ ...meetingInput(hostId), ...overrides }),
  });
}

describe('dates PostgreSQL cannot hold or that are absurd', () => {
  it('refuse an export filter of year 0000 with a 400 naming the field, not a 500', async () => {
    const id = await app.inject({
      method: 'GET',
      url: '/api/ekspor/tindak-lanjut.csv?dueFrom=0000-01-01',
      headers: { cookie },
    });
    expect(id.statusCode).toBe(400);
    expect(id.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: 'Tanggal harus antara tahun 1900–2100.', field: 'dueFrom' },
    });
    const en = await app.inject({
      method: 'GET',
      url: '/api/ekspor/tindak-lanjut.xlsx?dueTo=0000-12-31',
      headers: { cookie, 'x-tindak-lang': 'en' },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error).toMatchObject({
      message: 'The date must be within the years 1900–2100.',
      field: 'dueTo',
    });
  });

  it('refuse a meeting in year 1 and record nothing', async () => {
    const before = await countRows(api, 'meetings');
    const response = await createMeeting({
      startsAt: '0001-01-01T09:00:00+07:00',
      endsAt: '0001-01-01T10:00:00+07:00',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.data.issues).toContainEqual({
      path: 'startsAt',
      message: 'Tanggal harus antara tahun 1900–2100.',
    });
    expect(await countRows(api, 'meetings')).toBe(before);
  });
});

describe('text PostgreSQL refuses (NUL, lone surrogate halves)', () => {
  it('is refused in a meeting title and place with the message in the caller’s language', async () => {
    const before = await countRows(api, 'meetings');
    const id = await createMeeting({ title: 'Rapat\u0000Koordinasi' });
    expect(id.statusCode).toBe(400);
    expect(id.json().error.data.issues).toEqual([{ path: 'title', message: unstorable.id }]);
    const en = await createMeeting({ place: 'Aula \ud800' }, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.data.issues).toEqual([{ path: 'place', message: unstorable.en }]);
    expect(await countRows(api, 'meetings')).toBe(before);
  });

  it('is refused in minutes (markdown), an office name and the searches', async () => {
    const meeting = await api.caller().meetings.create(meetingInput(hostId, { title: 'Rapat Notulen' }));
    const offices = await countRows(api, 'organizations');
    const calls = [
      [
        'POST',
        'meetings.saveMinutes',
        { id: meeting.id, version: meeting.version, minutes: '# Notulen\n\u0000' },
      ],
      ['POST', 'organizations.create', { name: 'Diskominfo \ud83d', kind: 'diskominfo', regionCode: '15' }],
      ['GET', 'search.query', { q: 'rakor\u0000' }],
      ['GET', 'people.search', { query: 'budi\u0000' }],
      ['GET', 'organizations.list', { search: '\udc00jambi' }],
      ['GET', 'commitments.list', { q: 'satu\u0000data' }],
    ] as const;
    for (const [method, procedure, input] of calls) {
      const body = JSON.stringify(input);
      const response =
        method === 'POST'
          ? await app.inject({ method, url: `/trpc/${procedure}`, headers: { ...json, cookie }, body })
          : await app.inject({
              method,
              url: `/trpc/${procedure}?input=${encodeURIComponent(body)}`,
              headers: { cookie },
            });
      expect(response.statusCode, procedure).toBe(400);
      expect(response.json().error.data.issues[0].message, procedure).toBe(unstorable.id);
    }
    expect(await countRows(api, 'organizations')).toBe(offices);
    const stored = await api.caller().meetings.get({ id: meeting.id });
    expect([stored.version, stored.minutes]).toEqual([meeting.version, null]);
  });

  it('is taken out of an uploaded file name, cut at 200 characters without splitting a character', async () => {
    const name = `${'a'.repeat(199)}\u{1F600}.pdf`;
    const { type, body } = multipart(name, pdf);
    const response = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': type, cookie },
      body,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().fileName).toBe(`${'a'.repeat(199)}\u{1F600}`);
  });
});

describe('server errors', () => {
  it('answer 500 with the translated message only, never the SQL error', async () => {
    await sql`alter table files rename to files_hidden`.execute(api.database.db);
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/api/files/00000000-0000-4000-8000-000000000000',
        headers: { cookie },
      });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({
        error: {
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Terjadi kesalahan di server. Coba lagi sebentar lagi.',
          field: null,
        },
      });
    } finally {
      await sql`alter table files_hidden rename to files`.execute(api.database.db);
    }
  });

  it('answer Fastify’s own refusals (a body too large) in words of ours', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.create',
      headers: { ...json, cookie, 'x-tindak-lang': 'en' },
      body: JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'Invalid input.', field: null },
    });
  });

  it('turn a cut-off upload into a 400 about the file', async () => {
    const { type, body } = multipart('daftar.pdf', pdf);
    const response = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': type, cookie },
      body: body.subarray(0, body.length - 20),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'BAD_REQUEST',
      message: 'Unggahan tidak dapat dibaca (terputus atau rusak). Coba unggah lagi.',
      field: 'file',
    });
  });

  it('answer an unknown path and a malformed one in the same shape, without library words', async () => {
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/tidak-ada',
      headers: { 'x-tindak-lang': 'en' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Nothing found at this address.', field: null },
    });
    const malformed = await app.inject({ method: 'GET', url: '/api/files/%E0%A4%A', headers: { cookie } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: 'Isian tidak valid.', field: null },
    });
  });
});

describe('CSRF checks, however the path is spelled', () => {
  const crossSite = { 'sec-fetch-site': 'cross-site' };

  it('apply at /%74rpc, which Fastify decodes and hands to tRPC', async () => {
    const before = await countRows(api, 'meetings');
    const body = JSON.stringify(meetingInput(hostId, { title: 'Rapat lewat jalur lain' }));
    const foreign = await rawPost('/%74rpc/meetings.create', { ...json, cookie, ...crossSite }, body);
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toEqual({
      error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: bukan dari aplikasi Tindak.', field: null },
    });
    expect(await countRows(api, 'meetings')).toBe(before);
    const own = await rawPost(
      '/%74rpc/meetings.create',
      { ...json, cookie, 'sec-fetch-site': 'same-origin' },
      body,
    );
    expect(own.status).toBe(200);
    expect(await countRows(api, 'meetings')).toBe(before + 1);
  });

  it('refuse a cross-site or untyped state change at every spelling of a tRPC path, creating nothing', async () => {
    const before = await countRows(api, 'meetings');
    const body = JSON.stringify(meetingInput(hostId, { title: 'Rapat palsu' }));
    for (const path of [
      '/%74rpc/meetings.create',
      '/trpc/meetings%2Ecreate',
      '//trpc/meetings.create',
      '/TRPC/meetings.create',
      '/x/../trpc/meetings.create',
      '/trpc/./meetings.create',
    ]) {
      const foreign = await rawPost(path, { ...json, cookie, ...crossSite }, body);
      const untyped = await rawPost(path, { cookie }, body);
      const plain = await rawPost(path, { 'content-type': 'text/plain', cookie }, body);
      expect([foreign.status, untyped.status, plain.status], path).toEqual([403, 403, 403]);
    }
    expect(await countRows(api, 'meetings')).toBe(before);
  });

  it('refuse a cross-site or untyped upload at every spelling of /api/files, storing nothing', async () => {
    const before = await countFiles();
    const { type, body } = multipart('palsu.pdf', pdf);
    for (const path of ['/%61pi/files', '//api/files', '/API/files', '/trpc/../api/files']) {
      const foreign = await rawPost(path, { 'content-type': type, cookie, ...crossSite }, body);
      const otherOrigin = await rawPost(
        path,
        { 'content-type': type, cookie, origin: 'https://penipu.example' },
        body,
      );
      const untyped = await rawPost(path, { cookie }, body);
      expect([foreign.status, otherOrigin.status, untyped.status], path).toEqual([403, 403, 403]);
    }
    expect(await countFiles()).toBe(before);
  });

  it('refuse a path that does not decode', async () => {
    const before = await countRows(api, 'meetings');
    const response = await rawPost(
      '/trpc/meetings.create%E0%A4%A',
      { ...json, cookie },
      JSON.stringify(meetingInput(hostId, { title: 'Rapat rusak' })),
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.message).toBe('Isian tidak valid.');
    expect(await countRows(api, 'meetings')).toBe(before);
  });
});
