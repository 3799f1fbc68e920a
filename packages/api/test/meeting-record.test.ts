import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { countRows, makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';

const api = useTestApi();
let app: FastifyInstance;
let hostId: string;
let cookie: string;

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  cookie = (await signInOverHttp(app, api)).cookie;
  hostId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
});
afterAll(async () => {
  await app?.close();
});

function upload(name: string, content: Buffer, lang = 'id') {
  const boundary = '----tindak';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-tindak-lang': lang, cookie },
    body,
  });
}

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('meeting lifecycle', () => {
  it('is held or postponed with a reason, and refuses what the status does not allow', async () => {
    let meeting = await api.caller().meetings.create(meetingInput(hostId));
    expect(meeting).toMatchObject({
      status: 'scheduled',
      allowedActions: ['markHeld', 'postpone', 'cancel'],
    });
    await expect(
      api.caller().meetings.setStatus({ id: meeting.id, version: meeting.version, action: 'postpone' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    meeting = await api.caller().meetings.setStatus({
      id: meeting.id,
      version: meeting.version,
      action: 'postpone',
      reason: 'Gubernur berhalangan.',
    });
    expect(meeting).toMatchObject({ status: 'postponed', statusReason: 'Gubernur berhalangan.' });
    await expect(
      api.caller().meetings.setStatus({ id: meeting.id, version: meeting.version, action: 'markHeld' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { param: 'postponed' } });
    meeting = await api
      .caller()
      .meetings.setStatus({ id: meeting.id, version: meeting.version, action: 'reschedule' });
    meeting = await api
      .caller()
      .meetings.setStatus({ id: meeting.id, version: meeting.version, action: 'markHeld' });
    expect(meeting.status).toBe('held');
    expect(meeting.history.filter((h) => h.eventType === 'MeetingStatusChanged')).toHaveLength(3);
  });
});

describe('minutes and agenda', () => {
  it('stores markdown minutes and the agenda in order', async () => {
    const meeting = await api.caller().meetings.create(meetingInput(hostId));
    const saved = await api.caller().meetings.saveMinutes({
      id: meeting.id,
      version: meeting.version,
      minutes: '## Arahan Gubernur\n- Manfaatkan **Data Center** Provinsi',
      agenda: [{ title: 'Pembukaan' }, { title: 'Arahan Gubernur', notes: 'SPBE dan Data Center' }],
    });
    expect(saved.minutes).toContain('Data Center');
    expect(saved.agenda.map((a) => [a.position, a.title])).toEqual([
      [1, 'Pembukaan'],
      [2, 'Arahan Gubernur'],
    ]);
    expect(saved.version).toBe(meeting.version + 1);
    await expect(
      api.caller().meetings.saveMinutes({ id: meeting.id, version: meeting.version, minutes: 'lama' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('attendance', () => {
  it('records attendance per participant and summarises it by regency/city', async () => {
    const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
    const tebo = await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09');
    let meeting = await api.caller().meetings.create(
      meetingInput(hostId, {
        participants: [
          { kind: 'guest', guestName: 'Perwakilan Kerinci', organizationId: kerinci.id },
          { kind: 'guest', guestName: 'Perwakilan Tebo', organizationId: tebo.id },
        ],
      }),
    );
    const [kerinciRow, teboRow] = meeting.participants;
    meeting = await api.caller().meetings.recordAttendance({
      id: meeting.id,
      version: meeting.version,
      entries: [
        { participantId: kerinciRow?.id as string, attendance: 'represented', representedBy: 'Kabid Aptika' },
        { participantId: teboRow?.id as string, attendance: 'absent' },
      ],
    });
    expect(meeting.participants.find((p) => p.name === 'Perwakilan Kerinci')).toMatchObject({
      attendance: 'represented',
      representedBy: 'Kabid Aptika',
    });
    expect(meeting.attendanceByRegion).toHaveLength(11);
    const attended = meeting.attendanceByRegion.filter((r) => r.attended).map((r) => r.name);
    expect(attended).toEqual(['Kabupaten Kerinci']);
    expect(meeting.attendanceByRegion.find((r) => r.code === '15.09')).toMatchObject({
      absent: 1,
      attended: false,
    });
    const [event] = meeting.history;
    expect(event?.eventType).toBe('AttendanceRecorded');
  });

  it('takes "Diwakilkan" in the meeting form only with who came, and keeps it across edits', async () => {
    const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci (wakil)', '15.01');
    const before = await countRows(api, 'meetings');
    const represented = {
      kind: 'guest',
      guestName: 'Kepala Diskominfo Kerinci',
      organizationId: kerinci.id,
      attendance: 'represented',
    } as const;
    const refused = await api
      .caller()
      .meetings.create(meetingInput(hostId, { participants: [represented] }))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({ code: 'BAD_REQUEST' });
    const issues = (refused as { cause?: { issues?: { path: unknown[] }[] } }).cause?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['participants.0.representedBy']);
    expect(await countRows(api, 'meetings')).toBe(before);

    let meeting = await api
      .caller()
      .meetings.create(
        meetingInput(hostId, { participants: [{ ...represented, representedBy: 'Sekretaris Dinas' }] }),
      );
    expect(meeting.participants[0]).toMatchObject({
      attendance: 'represented',
      representedBy: 'Sekretaris Dinas',
    });

    // Another representative: an edit the server sees (and records), not one it skips as unchanged.
    const input = meetingInput(hostId, { participants: [{ ...represented, representedBy: 'Kabid Aptika' }] });
    meeting = await api.caller().meetings.update({ ...input, id: meeting.id, version: meeting.version });
    expect(meeting.participants[0]).toMatchObject({ representedBy: 'Kabid Aptika' });
    // Present again: nobody represents them any more.
    const present = meetingInput(hostId, {
      participants: [{ ...represented, attendance: 'present', representedBy: 'Kabid Aptika' }],
    });
    meeting = await api.caller().meetings.update({ ...present, id: meeting.id, version: meeting.version });
    expect(meeting.participants[0]).toMatchObject({ attendance: 'present', representedBy: null });
  });

  it('refuses a participant of another meeting', async () => {
    const other = await api
      .caller()
      .meetings.create(meetingInput(hostId, { participants: [{ kind: 'guest', guestName: 'Tamu lain' }] }));
    const meeting = await api.caller().meetings.create(meetingInput(hostId));
    await expect(
      api.caller().meetings.recordAttendance({
        id: meeting.id,
        version: meeting.version,
        entries: [{ participantId: other.participants[0]?.id as string, attendance: 'present' }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { field: 'entries.0.participantId' } });
  });
});

describe('attachments', () => {
  it('stores a PDF outside the meeting row and attaches it', async () => {
    const response = await upload('Notulen Rakornis.pdf', pdf);
    expect(response.statusCode).toBe(201);
    const file = response.json();
    expect(file).toMatchObject({ fileName: 'Notulen Rakornis.pdf', contentType: 'application/pdf' });
    const meeting = await api.caller().meetings.create(meetingInput(hostId));
    // Attached by its uploader (an upload is theirs alone until it is attached).
    const attach = await app.inject({
      method: 'POST',
      url: '/trpc/meetings.attachFile',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ id: meeting.id, version: meeting.version, fileId: file.id }),
    });
    expect(attach.statusCode).toBe(200);
    const attached = attach.json().result.data;
    expect(attached.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'Notulen Rakornis.pdf',
    ]);
    const download = await app.inject({ method: 'GET', url: `/api/files/${file.id}`, headers: { cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain('Notulen%20Rakornis.pdf');
  });

  it('refuses a file whose content is not an allowed type, whatever its name says', async () => {
    const before = await countRows(api, 'events');
    const response = await upload('laporan.pdf', Buffer.from('MZ\x90\x00 this is an executable'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'Jenis berkas tidak diizinkan. Gunakan PDF, DOCX, XLSX, PNG atau JPG.',
    );
    expect(await countRows(api, 'events')).toBe(before);
  });

  it('accepts a scanned document of several megabytes', async () => {
    const response = await upload(
      'Daftar hadir (pindaian).pdf',
      Buffer.concat([pdf, Buffer.alloc(6 * 1024 * 1024)]),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().sizeBytes).toBeGreaterThan(6 * 1024 * 1024);
  });

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const response = await upload('besar.pdf', big, 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('File too large: at most 10 MB.');
  });
});
