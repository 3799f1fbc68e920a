import { MAX_ATTENDANCE_FILE_BYTES, messageRef, translateMessage } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
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
    'Andi Pratama;Staf;Dinas Pendidikan Kabupaten Kerinci;Kabupaten Kerinci;',
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

  it('matches people as the directory search does: titles, apostrophes and spaces aside', async () => {
    const nuraini = (
      await api.caller().people.create({ fullName: "Nur'aini, S.Kom.", organizationId: kerinciId })
    ).id;
    const content = base64(
      [
        'Nama,Instansi,Wilayah',
        'Nuraini,Diskominfo Kabupaten Kerinci,15.01',
        'Siti  Aminah M.Si.,Diskominfo Kabupaten Kerinci,15.01',
        'Drs.,Diskominfo Kabupaten Kerinci,15.01',
      ].join('\n'),
    );
    const preview = await api.caller().meetings.previewAttendanceImport({ meetingId, content });
    expect(preview.rows.map((r) => [r.outcome, r.matchedBy, r.person?.id ?? null])).toEqual([
      ['match', 'nameAndOffice', nuraini],
      ['match', 'nameAndOffice', byNameId],
      // A title alone is nobody's name: not matched to anyone.
      ['new', null, null],
    ]);
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
      .where('name', '=', 'Dinas Pendidikan Kabupaten Kerinci')
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

/** The parts of a real workbook (exceljs's), to rebuild with a sheet Excel would never write. */
async function workbookParts(rows: string[][]): Promise<Record<string, Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Daftar hadir');
  for (const row of rows) sheet.addRow(row);
  const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  for (const name of Object.keys(parts)) if (name.endsWith('/')) delete parts[name];
  return parts;
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** A ~100 MB sheet of repeated rows, deflated as it is written: about 100 KB on disk. */
async function decompressionBomb(): Promise<Buffer> {
  const parts = await workbookParts([['Nama']]);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name === SHEET) continue;
    const part = new ZipDeflate(name);
    zip.add(part);
    part.push(data, true);
  }
  const sheet = new ZipDeflate(SHEET, { level: 1 });
  zip.add(sheet);
  const [head = '', tail = ''] = strFromU8(parts[SHEET] as Uint8Array).split('</sheetData>');
  sheet.push(strToU8(head));
  const megabyte = strToU8('<row><c t="inlineStr"><is><t>Budi Santoso</t></is></c></row>'.repeat(17_000));
  for (let i = 0; i < 100; i++) sheet.push(megabyte);
  sheet.push(strToU8(`</sheetData>${tail}`), true);
  zip.end();
  return Buffer.concat(chunks);
}

/** Rewrites the sizes an entry declares (local header and central directory), leaving its data. */
function declareSize(zip: Buffer, name: string, size: number) {
  for (let at = 0; at < zip.length - 4; at++) {
    const signature = zip.readUInt32LE(at);
    if (
      signature === 0x04034b50 &&
      zip.toString('utf8', at + 30, at + 30 + zip.readUInt16LE(at + 26)) === name
    )
      zip.writeUInt32LE(size, at + 22);
    if (
      signature === 0x02014b50 &&
      zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)) === name
    )
      zip.writeUInt32LE(size, at + 24);
  }
}

async function previewFailure(content: Buffer) {
  const error = await api
    .caller()
    .meetings.previewAttendanceImport({ meetingId, content: content.toString('base64') })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  const cause = (error as TRPCError).cause as unknown as {
    messageKey: string;
    param?: number;
    field?: string;
  };
  return {
    code: (error as TRPCError).code,
    field: cause.field,
    message: translateMessage(messageRef(cause.messageKey as never, cause.param), 'id'),
  };
}

describe('hostile XLSX files', () => {
  it('refuses a decompression bomb by the size its directory declares, before inflating it', async () => {
    const bomb = await decompressionBomb();
    expect(bomb.length).toBeLessThan(MAX_ATTENDANCE_FILE_BYTES);
    expect(await previewFailure(bomb)).toEqual({
      code: 'BAD_REQUEST',
      field: 'content',
      message:
        'Berkas XLSX terlalu besar setelah diekstrak (paling besar 20 MB). Simpan daftar hadir sebagai CSV, atau hapus lembar, gambar dan baris kosong yang tidak perlu.',
    });
  });

  it('stops inflating a sheet at the size it declares, when the directory lies', async () => {
    const parts = await workbookParts([['Nama']]);
    const row = '<row><c t="inlineStr"><is><t>Budi Santoso</t></is></c></row>';
    parts[SHEET] = strToU8(
      strFromU8(parts[SHEET] as Uint8Array).replace('</sheetData>', `${row.repeat(80_000)}</sheetData>`),
    );
    const liar = Buffer.from(zipSync(parts));
    declareSize(liar, SHEET, 64 * 1024);
    expect((await previewFailure(liar)).message).toMatch(/^Berkas XLSX terlalu besar setelah diekstrak/);
  });

  it('stops reading at the row cap: 5,000 rows are refused with the row message, the rest never read', async () => {
    const parts = await workbookParts([
      ['Nama'],
      ...Array.from({ length: 5000 }, (_, i) => [`Peserta ${i + 1}`]),
    ]);
    // Past the cap the sheet is broken: reading that far would answer "cannot be read" instead.
    parts[SHEET] = strToU8(
      strFromU8(parts[SHEET] as Uint8Array).replace(
        '</sheetData>',
        '<row r="5002"><c r="A5002"><<</sheetData>',
      ),
    );
    expect(await previewFailure(Buffer.from(zipSync(parts)))).toEqual({
      code: 'BAD_REQUEST',
      field: 'content',
      message: 'Terlalu banyak: paling banyak 1000.',
    });
  });

  it("takes NUL and broken characters (Excel's _x0000_ escapes) out of the names it imports", async () => {
    const content = await xlsx([
      ['Nama', 'Instansi', 'Wilayah'],
      ['Rahmat_x0000_ Hidayat', 'Diskominfo _xD800_Kabupaten Kerinci', '15.01'],
      ['Yusuf_x000D_\u0000Maulana', '', ''],
    ]);
    const current = await version();
    const result = await api
      .caller()
      .meetings.applyAttendanceImport({ meetingId, version: current, content });
    expect(result).toMatchObject({ added: 2, createdPeople: 2, errors: 0 });
    const people = await api.database.db
      .selectFrom('people')
      .select('fullName')
      .where('fullName', 'in', ['Rahmat Hidayat', 'Yusuf Maulana'])
      .execute();
    expect(people.map((p) => p.fullName).sort()).toEqual(['Rahmat Hidayat', 'Yusuf Maulana']);
  });
});
