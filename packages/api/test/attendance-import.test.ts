import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { countRows, makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
const NIP = '198001012006041001';
let meetingId: string;
let kerinciId: string;
let withNipId: string;
let byNameId: string;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Indonesian Excel's CSV: `;`-separated, with a byte-order mark, Indonesian headers. */
const csv = base64(
  [
    '\uFEFFNama;Jabatan;Instansi;Wilayah;NIP',
    `Budi Santoso;Kepala Bidang;Diskominfo Kabupaten Kerinci;15.01;${NIP}`,
    'drs.  siti aminah;Sekretaris;diskominfo kabupaten kerinci;Kerinci;',
    'Rina Marlina;Pranata Komputer;Diskominfo Kabupaten Kerinci;15.01;',
    'Andi Pratama;Staf;Dinas Kominfo Kabupaten Kerinci;Kabupaten Kerinci;',
    ';Staf;Diskominfo Kabupaten Kerinci;15.01;',
    'Joko;Staf;Diskominfo Kabupaten Kerinci;15.01;12345',
    'Dewi;Staf;Diskominfo Atlantis;99.99;',
    'Rina Marlina;Pranata Komputer;Diskominfo Kabupaten Kerinci;15.01;',
  ].join('\r\n'),
);

async function xlsx(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Daftar hadir');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function version() {
  const row = await api.database.db
    .selectFrom('meetings')
    .select('version')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return row.version;
}

beforeAll(async () => {
  const host = await makeOffice(api, 'Diskominfo Provinsi Jambi');
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  withNipId = (await api.caller().people.create({ fullName: 'Budi S.', nip: NIP, organizationId: host.id }))
    .id;
  byNameId = (await api.caller().people.create({ fullName: 'Drs. Siti Aminah', organizationId: kerinciId }))
    .id;
  meetingId = (await api.caller().meetings.create(meetingInput(host.id))).id;
});

describe('meetings.previewAttendanceImport', () => {
  it('reads a ;-separated CSV with a BOM and sorts every row, with reasons in Indonesian', async () => {
    const preview = await api.caller('id').meetings.previewAttendanceImport({ meetingId, content: csv });
    expect(
      preview.rows.map((r) => [r.rowNumber, r.outcome, r.matchedBy, r.officeStatus, r.person?.id ?? null]),
    ).toEqual([
      [2, 'match', 'nip', null, withNipId],
      [3, 'match', 'nameAndOffice', null, byNameId],
      [4, 'new', null, 'existing', null],
      [5, 'new', null, 'created', null],
      [6, 'error', null, null, null],
      [7, 'error', null, null, null],
      [8, 'error', null, null, null],
      [9, 'duplicate', null, null, null],
    ]);
    expect(preview.rows.map((r) => r.reason).slice(4)).toEqual([
      'Nama kosong.',
      'NIP harus 18 angka (sekarang 5 angka).',
      'Wilayah "99.99" tidak dikenal.',
      'Orang yang sama sudah ada di baris 4.',
    ]);
    expect(preview.counts).toEqual({ match: 2, new: 2, duplicate: 1, error: 3 });
    expect(preview.rows[0]).toMatchObject({ name: 'Budi Santoso', office: 'Diskominfo Kabupaten Kerinci' });
  });

  it('gives the reasons in the caller language', async () => {
    const preview = await api.caller('en').meetings.previewAttendanceImport({ meetingId, content: csv });
    expect(preview.rows[4]?.reason).toBe('The name is missing.');
  });

  it('reads XLSX with English headers in any case and order', async () => {
    const content = await xlsx([
      ['NIP', 'NAME', 'Office', 'position'],
      [NIP, 'Budi Santoso', '', 'Kepala Bidang'],
      ['', 'DRS SITI AMINAH', 'Diskominfo Kabupaten Kerinci', 'Sekretaris'],
      ['', 'Orang Tanpa Instansi', '', ''],
    ]);
    const preview = await api.caller().meetings.previewAttendanceImport({ meetingId, content });
    expect(preview.rows.map((r) => [r.name, r.outcome, r.matchedBy, r.officeStatus])).toEqual([
      ['Budi Santoso', 'match', 'nip', null],
      ['DRS SITI AMINAH', 'match', 'nameAndOffice', null],
      ['Orang Tanpa Instansi', 'new', null, 'none'],
    ]);
  });

  it('refuses a file without a name column and writes nothing', async () => {
    const events = await countRows(api, 'events');
    const error = await api
      .caller()
      .meetings.previewAttendanceImport({ meetingId, content: base64('a,b\n1,2\n') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).cause).toMatchObject({ messageKey: 'importMissingNameColumn' });
    expect(await countRows(api, 'events')).toBe(events);
  });
});

describe('meetings.applyAttendanceImport', () => {
  it('adds matched and new people once, creates the missing office, and records the import', async () => {
    const [people, offices] = [await countRows(api, 'people'), await countRows(api, 'organizations')];
    const before = await version();
    const result = await api
      .caller()
      .meetings.applyAttendanceImport({ meetingId, version: before, content: csv });
    expect(result).toEqual({
      added: 4,
      createdPeople: 2,
      createdOffices: 1,
      skipped: 1,
      errors: 3,
      version: before + 1,
    });
    expect(await countRows(api, 'people')).toBe(people + 2);
    expect(await countRows(api, 'organizations')).toBe(offices + 1);

    const meeting = await api.caller().meetings.get({ id: meetingId });
    expect(meeting.participants.map((p) => [p.name, p.attendance, p.region?.code]).sort()).toEqual(
      [
        ['Andi Pratama', 'present', '15.01'],
        // The row says whom Budi represented at this meeting: Kerinci, not his own office.
        ['Budi S.', 'present', '15.01'],
        ['Drs. Siti Aminah', 'present', '15.01'],
        ['Rina Marlina', 'present', '15.01'],
      ].sort(),
    );
    const imported = meeting.history.filter((h) => h.eventType === 'ParticipantsImported');
    expect(imported).toHaveLength(1);
    const created = await api.database.db
      .selectFrom('organizations')
      .select(['kind', 'regionCode'])
      .where('name', '=', 'Dinas Kominfo Kabupaten Kerinci')
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ kind: 'other', regionCode: '15.01' });
  });

  it('adds nobody when the same file is imported again', async () => {
    const [participants, people, events] = [
      await countRows(api, 'meeting_participants'),
      await countRows(api, 'people'),
      await countRows(api, 'events'),
    ];
    const preview = await api.caller().meetings.previewAttendanceImport({ meetingId, content: csv });
    expect(preview.counts).toEqual({ match: 0, new: 0, duplicate: 5, error: 3 });
    const current = await version();
    const result = await api
      .caller()
      .meetings.applyAttendanceImport({ meetingId, version: current, content: csv });
    expect(result).toMatchObject({ added: 0, createdPeople: 0, createdOffices: 0, version: current });
    expect(await countRows(api, 'meeting_participants')).toBe(participants);
    expect(await countRows(api, 'people')).toBe(people);
    expect(await countRows(api, 'events')).toBe(events);
  });

  it('answers CONFLICT for a stale version and writes nothing', async () => {
    const people = await countRows(api, 'people');
    const content = base64('Nama\nOrang Terlambat\n');
    const error = await api
      .caller()
      .meetings.applyAttendanceImport({ meetingId, version: (await version()) - 1, content })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('CONFLICT');
    expect(await countRows(api, 'people')).toBe(people);
  });
});
