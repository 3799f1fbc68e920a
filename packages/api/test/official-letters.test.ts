import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import type { RunningWorker } from '../src/jobs/worker';
import { buildServer } from '../src/server';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';
import { ensurePoppler } from './support/poppler';
import { refusedWithoutEffect } from './support/refusal-check';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestWorker } from './support/worker';

const api = useTestApi();
let app: FastifyInstance;
let cookie: string;
let hostId: string;
let otherHostId: string;
let meetingId: string;
let signerId: string;
let secretariat: SessionUser;
let staff: SessionUser;
let outsider: SessionUser;
/** Participants who have accounts: exactly these get an email. */
const withEmail: string[] = [];

function pdfText(buffer: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: buffer }).toString('utf8');
}

/** The first page's MediaBox as pdfinfo reports it, in millimetres rounded to whole ones. */
function pageSizeMm(buffer: Buffer): { width: number; height: number } {
  const info = execFileSync('pdfinfo', ['-'], { input: buffer }).toString('utf8');
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`no page size in ${info}`);
  const mm = (pts: string) => Math.round((Number(pts) * 25.4) / 72);
  return { width: mm(match[1] ?? ''), height: mm(match[2] ?? '') };
}

async function download(url: string, as = cookie) {
  return app.inject({ method: 'GET', url, headers: { cookie: as } });
}

async function invitation() {
  return api.caller().letters.invitation({ meetingId });
}

beforeAll(async () => {
  ensurePoppler();
  app = await buildServer({ db: api.database.db, logger: false });
  cookie = (await signInOverHttp(app, api)).cookie;
  const caller = api.caller();
  hostId = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Provinsi Jambi', '15')).id;
  otherHostId = (await makeOffice(api, 'Diskominfo Kabupaten Bogor', '32.01')).id;
  await api.database.db
    .updateTable('organizations')
    .set({
      letterheadGovernment: 'PEMERINTAH PROVINSI JAMBI',
      address: 'Kawasan Perkantoran Pemerintah Provinsi, Jambi',
      phone: '(0741) 000000',
      paperSize: 'F4',
    })
    .where('id', '=', hostId)
    .execute();
  const signer = await caller.people.create({
    fullName: 'Drs. Ariansyah, M.E.',
    position: 'Kepala Dinas Komunikasi dan Informatika Provinsi Jambi',
    nip: '196801011990031001',
    organizationId: hostId,
  });
  signerId = signer.id;
  secretariat = await createUser(api, { role: 'secretariat', organizationId: hostId });
  staff = await createUser(api, { role: 'staff', organizationId: hostId });
  outsider = await createUser(api, { role: 'secretariat', organizationId: otherHostId });
  const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
  const headKerinci = await createUser(api, {
    role: 'head',
    organizationId: kerinci.id,
    email: 'kepala.kerinci@uji.demo',
  });
  withEmail.push('kepala.kerinci@uji.demo', secretariat.email);
  const meeting = await caller.meetings.create(
    meetingInput(hostId, {
      title: 'Rakornis Kominfo 2026',
      startsAt: '2030-03-10T09:00:00+07:00',
      endsAt: '2030-03-10T12:30:00+07:00',
      place: 'Aula Diskominfo Provinsi Jambi',
      participants: [
        { kind: 'person', personId: signerId, role: 'chair', attendance: 'invited' },
        { kind: 'person', personId: headKerinci.personId ?? '', role: 'participant', attendance: 'invited' },
        { kind: 'person', personId: secretariat.personId ?? '', role: 'organizer', attendance: 'invited' },
        {
          kind: 'guest',
          guestName: 'Budi Santoso',
          guestPosition: 'Kepala Bidang Aplikasi Informatika',
          organizationId: kerinci.id,
          attendance: 'invited',
        },
      ],
    }),
  );
  meetingId = meeting.id;
  await caller.meetings.saveMinutes({
    id: meetingId,
    version: meeting.version,
    minutes: null,
    agenda: [{ title: 'Arahan Kepala Dinas tentang SPBE' }, { title: 'Paparan kabupaten/kota' }],
  });
});

afterAll(async () => {
  await app?.close();
});

describe('the surat undangan', () => {
  it('refuses clearly, with nothing written, before the letter has a number', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    const response = await download(`/api/rapat/${meetingId}/undangan.pdf`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/belum bernomor/);
    expect(await snapshots.changesSince(before)).toEqual([]);
    const letter = await invitation();
    await refusedWithoutEffect(
      api.database.db,
      () => api.caller().letters.sendInvitations({ meetingId, version: letter.version }),
      'CONFLICT',
    );
  });

  it('is set by the host secretariat, not by staff nor another office', async () => {
    const letter = await invitation();
    const input = {
      meetingId,
      version: letter.version,
      number: '005/123/Diskominfo/2030',
      date: '2030-03-01',
      signerPersonId: signerId,
    };
    await refusedWithoutEffect(
      api.database.db,
      () => api.callerAs(staff).letters.setInvitation(input),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      api.database.db,
      () => api.callerAs(outsider).letters.setInvitation(input),
      'NOT_FOUND',
    );
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.callerAs(secretariat).letters.setInvitation({ ...input, signerPersonId: crypto.randomUUID() }),
      'NOT_FOUND',
    );
    const set = await api.callerAs(secretariat).letters.setInvitation(input);
    expect(set).toMatchObject({ number: '005/123/Diskominfo/2030', date: '2030-03-01', paperSize: 'F4' });
    expect(set.signer?.name).toBe('Drs. Ariansyah, M.E.');
    expect(set.version).toBe(letter.version + 1);
    await refusedWithoutEffect(
      api.database.db,
      () => api.callerAs(secretariat).letters.setInvitation(input),
      'CONFLICT',
    );
    const events = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', meetingId)
      .where('eventType', '=', 'MeetingInvitationSet')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('prints letterhead, number, addressees, agenda, time in WIB, place and signer on F4', async () => {
    const response = await download(`/api/rapat/${meetingId}/undangan.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH PROVINSI JAMBI',
      'DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI JAMBI',
      'Kawasan Perkantoran Pemerintah Provinsi, Jambi',
      'Nomor : 005/123/Diskominfo/2030',
      'Hal : Undangan',
      'Yth.',
      'Budi Santoso, Kepala Bidang Aplikasi Informatika, Diskominfo Kabupaten Kerinci',
      'Arahan Kepala Dinas tentang SPBE',
      'Paparan kabupaten/kota',
      '09.00–12.30 WIB',
      'Aula Diskominfo Provinsi Jambi',
      'Drs. Ariansyah, M.E.',
      'NIP. 196801011990031001',
      'Jambi, 1 Maret 2030',
    ]) {
      expect(text).toContain(expected);
    }
    // The signer signs the letter; they are not among its addressees.
    expect(text.match(/Drs\. Ariansyah/g)).toHaveLength(1);
    expect(pageSizeMm(pdf)).toEqual({ width: 215, height: 330 });
  });

  it('is an editable DOCX with the same contents and page size', async () => {
    const response = await download(`/api/rapat/${meetingId}/undangan.docx`);
    expect(response.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'PEMERINTAH PROVINSI JAMBI',
      '005/123/Diskominfo/2030',
      'Budi Santoso',
      'Arahan Kepala Dinas tentang SPBE',
      '09.00–12.30 WIB',
      'Aula Diskominfo Provinsi Jambi',
      'NIP. 196801011990031001',
    ]) {
      expect(text).toContain(expected);
    }
    expect(xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
  });

  it('follows the office paper: A4 is 210 × 297 mm', async () => {
    await api.database.db
      .updateTable('organizations')
      .set({ paperSize: 'A4' })
      .where('id', '=', hostId)
      .execute();
    const pdf = (await download(`/api/rapat/${meetingId}/undangan.pdf`)).rawPayload;
    expect(pageSizeMm(pdf)).toEqual({ width: 210, height: 297 });
    const zip = await JSZip.loadAsync((await download(`/api/rapat/${meetingId}/undangan.docx`)).rawPayload);
    expect(await zip.file('word/document.xml')?.async('string')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    await api.database.db
      .updateTable('organizations')
      .set({ paperSize: 'F4' })
      .where('id', '=', hostId)
      .execute();
  });

  it('is only for readers of the meeting', async () => {
    const other = (await signInOverHttp(app, api, 'secretariat', otherHostId)).cookie;
    expect((await download(`/api/rapat/${meetingId}/undangan.pdf`, other)).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/rapat/${meetingId}/undangan.pdf` })).statusCode,
    ).toBe(401);
    expect((await download('/api/rapat/bukan-uuid/undangan.docx')).statusCode).toBe(404);
  });
});

describe('invitation emails', () => {
  let sink: SmtpSink;
  let worker: RunningWorker;

  beforeAll(async () => {
    sink = await startSmtpSink();
    worker = await startTestWorker(api.database, sink.url);
  });
  afterAll(async () => {
    await worker?.stop();
    await sink?.close();
  });

  it('reach exactly the participants with an email, each with a valid .ics', async () => {
    const letter = await invitation();
    expect(letter.recipients.filter((r) => !r.hasEmail).map((r) => r.name)).toEqual(['Budi Santoso']);
    const sent = await api
      .callerAs(secretariat)
      .letters.sendInvitations({ meetingId, version: letter.version });
    expect(sent).toMatchObject({ queued: 2, withoutEmail: 1, alreadySent: false });
    expect(sent.letter.sentAt).not.toBeNull();
    const messages = await sink.waitForMessages(2);
    expect(messages.flatMap((m) => [m.to].flat().map((to) => to?.text)).sort()).toEqual(
      [...withEmail].sort(),
    );
    for (const message of messages) {
      expect(message.subject).toBe('[Tindak] Undangan: Rakornis Kominfo 2026');
      expect(message.text).toContain('005/123/Diskominfo/2030');
      expect(message.text).toContain(`/rapat/${meetingId}`);
      const ics = message.attachments.find((a) => a.filename === 'undangan.ics');
      expect(ics?.contentType).toBe('text/calendar');
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(ics?.content.toString('utf8') ?? '') as unknown[]).getFirstSubcomponent(
          'vevent',
        ) as ICAL.Component,
      );
      expect(event.uid).toBe(`rapat-${meetingId}@tindak`);
      expect(event.summary).toBe('Rakornis Kominfo 2026');
      expect(event.location).toBe('Aula Diskominfo Provinsi Jambi');
      expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-10T02:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2030-03-10T05:30:00.000Z');
    }
    const events = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', meetingId)
      .where('eventType', '=', 'MeetingInvitationsSent')
      .execute();
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ queued: 2, withoutEmail: 1, resend: false }),
    ]);
  });

  it('are not sent twice by a second click; a deliberate resend sends again', async () => {
    const letter = await invitation();
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    const again = await api
      .callerAs(secretariat)
      .letters.sendInvitations({ meetingId, version: letter.version });
    expect(again).toMatchObject({ queued: 0, alreadySent: true });
    expect(await snapshots.changesSince(before)).toEqual([]);
    const resent = await api
      .callerAs(secretariat)
      .letters.sendInvitations({ meetingId, version: letter.version, resend: true });
    expect(resent).toMatchObject({ queued: 2, alreadySent: false });
    await sink.waitForMessages(4);
  });

  it('are refused for staff and for a meeting no longer scheduled, changing nothing', async () => {
    const letter = await invitation();
    await refusedWithoutEffect(
      api.database.db,
      () => api.callerAs(staff).letters.sendInvitations({ meetingId, version: letter.version, resend: true }),
      'FORBIDDEN',
    );
    const meeting = await api.caller().meetings.get({ id: meetingId });
    await api
      .caller()
      .meetings.setStatus({ id: meetingId, version: meeting.version, action: 'cancel', reason: 'Ditunda' });
    const now = await invitation();
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.callerAs(secretariat).letters.sendInvitations({ meetingId, version: now.version, resend: true }),
      'CONFLICT',
    );
    const response = await download(`/api/rapat/${meetingId}/undangan.pdf`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/hanya untuk rapat yang dijadwalkan/);
  });
});

describe('the lembar disposisi', () => {
  it('prints the chain with its boxes on the assigning office paper', async () => {
    // The head of the Jambi office assigns it: the sheet is on Jambi's kop and paper.
    const caller = api.callerAs(await createUser(api, { role: 'head', organizationId: hostId }));
    const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Sarolangun', '15.03');
    const meeting = await caller.meetings.create(meetingInput(hostId, { title: 'Rapat Data Center' }));
    const item = await caller.actionItems.create({
      title: 'Pindahkan hosting aplikasi ke Data Center Provinsi Jambi',
      ownerOrganizationId: hostId,
      dueOn: '2030-06-30',
      meetingId: meeting.id,
    });
    await caller.actionItems.delegate({
      id: item.id,
      version: item.version,
      toOrganizationId: kerinci.id,
      instruction: 'Laporkan daftar aplikasi paling lambat akhir bulan.',
    });
    const response = await download(`/api/tindak-lanjut/${item.id}/disposisi.pdf`);
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH PROVINSI JAMBI',
      'LEMBAR DISPOSISI',
      'Surat dari',
      'Perihal',
      'Pindahkan hosting aplikasi ke Data Center Provinsi Jambi',
      'Diteruskan kepada',
      'Isi disposisi',
      'Paraf',
      'Diskominfo Kabupaten Sarolangun',
      // Table cells wrap: each line of the instruction is read on its own.
      'Laporkan daftar',
      'akhir bulan.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pageSizeMm(response.rawPayload)).toEqual({ width: 215, height: 330 });
    const other = (await signInOverHttp(app, api, 'staff', otherHostId)).cookie;
    expect((await download(`/api/tindak-lanjut/${item.id}/disposisi.pdf`, other)).statusCode).toBe(404);
  });
});

describe('the office kop surat and paper', () => {
  it('are edited with the office, versioned, and named in OrganizationUpdated', async () => {
    const caller = api.caller();
    const office = await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02');
    const current = (await caller.organizations.directory({ q: 'Merangin' })).items[0];
    expect(current?.letterhead).toEqual({
      paperSize: 'A4',
      government: null,
      address: null,
      phone: null,
      email: null,
      website: null,
    });
    const fields = {
      id: office.id,
      version: current?.version ?? 0,
      name: 'Diskominfo Kabupaten Merangin',
      kind: 'diskominfo' as const,
      regionCode: '15.02',
    };
    await refusedWithoutEffect(
      api.database.db,
      () => caller.organizations.update({ ...fields, letterhead: { paperSize: 'F4', email: 'bukan email' } }),
      'BAD_REQUEST',
    );
    const saved = await caller.organizations.update({
      ...fields,
      letterhead: {
        paperSize: 'F4',
        government: 'PEMERINTAH KABUPATEN MERANGIN',
        address: 'Bangko, Merangin',
        email: 'Diskominfo@Merangin.Uji',
        website: 'diskominfo.merangin.uji',
      },
    });
    expect(saved.letterhead).toEqual({
      paperSize: 'F4',
      government: 'PEMERINTAH KABUPATEN MERANGIN',
      address: 'Bangko, Merangin',
      phone: null,
      email: 'diskominfo@merangin.uji',
      website: 'diskominfo.merangin.uji',
    });
    expect(saved.version).toBe(fields.version + 1);
    const event = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', office.id)
      .where('eventType', '=', 'OrganizationUpdated')
      .executeTakeFirstOrThrow();
    expect(event.payload).toEqual({
      paperSize: { from: 'A4', to: 'F4' },
      letterheadGovernment: { from: null, to: 'PEMERINTAH KABUPATEN MERANGIN' },
      address: { from: null, to: 'Bangko, Merangin' },
      email: { from: null, to: 'diskominfo@merangin.uji' },
      website: { from: null, to: 'diskominfo.merangin.uji' },
    });
    // An edit without the kop surat (an older form) leaves it as it is.
    const renamed = await caller.organizations.update({
      ...fields,
      version: saved.version,
      name: 'Diskominfo Merangin',
    });
    expect(renamed.letterhead?.paperSize).toBe('F4');
    await refusedWithoutEffect(
      api.database.db,
      () => caller.organizations.update({ ...fields, letterhead: { paperSize: 'A4' } }),
      'CONFLICT',
    );
  });
});
