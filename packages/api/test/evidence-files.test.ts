import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';

/**
 * Evidence is previewed in the page (issue 21): a file asked for inline is shown only when its type
 * cannot run anything (PNG, JPEG, WebP, PDF), always with nosniff; everything else downloads.
 */
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

async function upload(name: string, content: Buffer): Promise<string> {
  const boundary = '----tindak';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie },
    body,
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const docx = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('word/document.xml'),
  Buffer.alloc(32),
]);

const get = (id: string, query = '') =>
  app.inject({ method: 'GET', url: `/api/files/${id}${query}`, headers: { cookie } });

describe('serving evidence files', () => {
  it.each([
    ['foto-lokasi.png', png, 'image/png'],
    ['berita-acara.pdf', pdf, 'application/pdf'],
  ])('shows %s inline when asked, framable only by our own pages', async (name, content, type) => {
    const id = await upload(name, content);
    const shown = await get(id, '?inline=1');
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe(type);
    expect(shown.headers['x-content-type-options']).toBe('nosniff');
    expect(shown.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(shown.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(shown.headers['content-security-policy']).toContain("default-src 'none'");
    // Without asking, it downloads as before.
    const downloaded = await get(id);
    expect(downloaded.headers['content-disposition']).toMatch(/^attachment; /);
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves other types inline, even when asked', async () => {
    const id = await upload('laporan.docx', docx);
    const response = await get(id, '?inline=1');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; /);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

async function trpc(path: string, input: unknown, as = cookie) {
  const response = await app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { 'content-type': 'application/json', cookie: as },
    body: JSON.stringify(input),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().result.data;
}

describe('several files in one submission', () => {
  it('keeps every file, in order, readable to those who read the item', async () => {
    const officeId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
    const meeting = await api.caller().meetings.create(meetingInput(officeId));
    let item = await api.caller().actionItems.create({
      title: 'Pasang akses internet di kantor camat',
      meetingId: meeting.id,
      ownerOrganizationId: officeId,
      dueOn: '2030-06-30',
    });
    const photo = await upload('foto-lokasi.png', png);
    const report = await upload('berita-acara.pdf', pdf);
    // Another reader cannot fetch a file that is not yet attached to anything they read.
    const other = (await signInOverHttp(app, api)).cookie;
    const early = await app.inject({
      method: 'GET',
      url: `/api/files/${report}`,
      headers: { cookie: other },
    });
    expect(early.statusCode).toBe(404);

    item = await trpc('actionItems.submitEvidence', {
      id: item.id,
      version: item.version,
      note: 'Foto lokasi dan berita acara.',
      fileIds: [photo, report],
    });
    expect(item.evidence[0]?.files).toEqual([
      { id: photo, fileName: 'foto-lokasi.png', sizeBytes: png.length, contentType: 'image/png' },
      { id: report, fileName: 'berita-acara.pdf', sizeBytes: pdf.length, contentType: 'application/pdf' },
    ]);
    expect(item.evidence[0]?.file?.id).toBe(photo);
    const event = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', item.id)
      .where('eventType', '=', 'EvidenceSubmitted')
      .executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ fileId: photo, fileIds: [photo, report] });
    // Now the second file is readable to another reader of the item, like the first.
    const second = await app.inject({
      method: 'GET',
      url: `/api/files/${report}`,
      headers: { cookie: other },
    });
    expect(second.statusCode).toBe(200);
  });
});
