import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';
import { ensurePoppler } from './support/poppler';

/**
 * The minutes of a meeting that follows another (issue 19) print "Tindak lanjut rapat sebelumnya":
 * the earlier meeting, and each carried record with its owner and the status it has now.
 */
const api = useTestApi();
let app: FastifyInstance;
let cookie: string;
let forumId: string;
let rakornisId: string;

const pdfText = (buffer: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: buffer }).toString('utf8').replace(/\s+/g, ' ');

async function docxText(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  return ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
}

const get = (id: string, ext: 'pdf' | 'docx') =>
  app.inject({ method: 'GET', url: `/api/rapat/${id}/notulen.${ext}`, headers: { cookie } });

beforeAll(async () => {
  ensurePoppler();
  app = await buildServer({ db: api.database.db, logger: false });
  cookie = (await signInOverHttp(app, api)).cookie;
  const caller = api.caller();
  const hostId = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Provinsi Jambi', '15')).id;
  const kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const forum = await caller.meetings.create(
    meetingInput(hostId, {
      type: 'forum',
      title: 'Forum Perangkat Daerah 2024',
      startsAt: '2024-03-12T09:00:00+07:00',
      endsAt: '2024-03-12T12:00:00+07:00',
    }),
  );
  forumId = forum.id;
  const item = await caller.actionItems.create({
    title: 'Pemetaan blank spot Kerinci',
    meetingId: forumId,
    ownerOrganizationId: kerinci,
    dueOn: '2026-06-30',
  });
  const commitment = await caller.commitments.create({
    title: 'Menambah 20 BTS di Kerinci',
    committedByOrganizationId: hostId,
    regionCodes: ['15.01'],
    meetingId: forumId,
  });
  const tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  const directive = await caller.directives.issue({
    title: 'Pindahkan hosting ke Data Center Provinsi',
    meetingId: forumId,
    dueOn: '2030-03-31',
    officeIds: [kerinci, tebo],
    issuedByOrganizationId: hostId,
  });
  await api.database.db
    .updateTable('actionItems')
    .set({ status: 'done' })
    .where('directiveId', '=', directive.id)
    .where('ownerOrganizationId', '=', kerinci)
    .execute();
  const rakornis = await caller.meetings.create(
    meetingInput(hostId, {
      followsMeetingId: forumId,
      carryOver: [
        { kind: 'actionItem', id: item.id },
        { kind: 'commitment', id: commitment.id },
        { kind: 'directive', id: directive.id },
      ],
    }),
  );
  rakornisId = rakornis.id;
  // The status printed is the one the record has now.
  await caller.actionItems.changeStatus({ id: item.id, version: item.version, action: 'start' });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('the minutes of a meeting in a series', () => {
  it('print the earlier meeting and each carried record with its owner and current status (PDF)', async () => {
    const response = await get(rakornisId, 'pdf');
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Tindak lanjut rapat sebelumnya');
    expect(text).toContain('Rapat sebelumnya: Forum Perangkat Daerah 2024, Selasa, 12 Maret 2024');
    expect(text).toMatch(
      /Tindak lanjut: Pemetaan blank spot Kerinci .*Diskominfo Kabupaten Kerinci .*Sedang dikerjakan/,
    );
    expect(text).toContain('Komitmen: Menambah 20 BTS di Kerinci');
    // A directive carried in is one line, its status the spread of its offices' items now.
    expect(text).toMatch(/Arahan: Pindahkan hosting ke Data Center Provinsi .*1 dari 2 selesai/);
    expect(text).toContain('Status Terkini');
  });

  it('hold the same section in the DOCX', async () => {
    const response = await get(rakornisId, 'docx');
    expect(response.statusCode).toBe(200);
    const text = await docxText(response.rawPayload);
    expect(text).toContain('Tindak lanjut rapat sebelumnya');
    expect(text).toContain('Rapat sebelumnya: Forum Perangkat Daerah 2024');
    expect(text).toContain('Tindak lanjut: Pemetaan blank spot Kerinci');
    expect(text).toContain('Diskominfo Kabupaten Kerinci');
    expect(text).toContain('Arahan: Pindahkan hosting ke Data Center Provinsi');
    expect(text).toContain('1 dari 2 selesai');
  });

  it('leave the section out for a meeting that follows none', async () => {
    const response = await get(forumId, 'pdf');
    expect(pdfText(response.rawPayload)).not.toContain('Tindak lanjut rapat sebelumnya');
  });
});
