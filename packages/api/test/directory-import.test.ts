import type { DirectoryImportRow } from '@tindak/shared';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';
import { countRows } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

const api = useTestApi();
const NIP = '198001012006041001';
let kerinciId: string;
let bungoId: string;
let teboId: string;
let budiId: string;
let sitiId: string;
let admin: SessionUser;
let secretariat: SessionUser;
let staff: SessionUser;
let viewer: SessionUser;

const base64 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
const key = () => crypto.randomUUID();

async function xlsx(rows: (string | { formula: string })[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Direktori');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** Each row as "outcome: reason or existing record", to compare whole previews at a glance. */
const summary = (rows: DirectoryImportRow[]) =>
  rows.map((r) => [r.rowNumber, r.outcome, r.reason ?? r.existing?.name ?? null]);

async function office(name: string, regionCode: string, shortName: string | null = null) {
  const row = await api.database.db
    .insertInto('organizations')
    .values({ name, kind: 'diskominfo', regionCode, shortName })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function eventsOf(type: string) {
  return api.database.db
    .selectFrom('events')
    .select(['aggregateId', 'payload', 'actorId'])
    .where('eventType', '=', type)
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  kerinciId = await office('Dinas Komunikasi dan Informatika Kabupaten Kerinci', '15.01');
  bungoId = await office('Diskominfo Kabupaten Bungo', '15.08', 'Kominfo Bungo');
  teboId = await office('Diskominfo Kabupaten Tebo', '15.09');
  budiId = (await api.caller().people.create({ fullName: 'Budi S.', nip: NIP, organizationId: kerinciId }))
    .id;
  sitiId = (
    await api.caller().people.create({
      fullName: 'Drs. Siti Aminah',
      position: 'Sekretaris',
      organizationId: kerinciId,
    })
  ).id;
  const national = (
    await api.database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', 'Kantor Uji Nasional')
      .executeTakeFirstOrThrow()
  ).id;
  admin = await createUser(api, { role: 'admin', organizationId: national });
  secretariat = await createUser(api, {
    role: 'secretariat',
    organizationId: kerinciId,
    email: 'sekretariat.kerinci@uji.demo',
  });
  staff = await createUser(api, { role: 'staff', organizationId: kerinciId });
  viewer = await createUser(api, { role: 'viewer', organizationId: kerinciId });
});

describe('directoryImport: offices', () => {
  const offices = base64([
    '\uFEFFNama;Jenis;Kode Wilayah;Singkatan',
    'Diskominfo Kab. Kerinci;;15.01;',
    'Diskominfo Kabupaten Bungo;Diskominfo;Bungo;DKB',
    'Bappeda Kabupaten Kerinci;OPD;15.01;Bappeda',
    ';Diskominfo;15.01;',
    'Dinas Pendidikan;;Atlantis;',
    'Bappeda Kabupaten Kerinci;OPD;15.01;',
    'Kantor Pelabuhan;Kapal;15.01;',
  ]);

  it('sorts every row: already there, what would change, new, and errors saying what to fix', async () => {
    const preview = await api
      .callerAs(admin)
      .directoryImport.previewFile({ kind: 'offices', content: offices });
    expect(summary(preview.rows)).toEqual([
      [2, 'unchanged', 'Dinas Komunikasi dan Informatika Kabupaten Kerinci'],
      [3, 'update', 'Diskominfo Kabupaten Bungo'],
      [4, 'new', null],
      [5, 'error', 'Nama kosong.'],
      [6, 'error', 'Wilayah "Atlantis" tidak dikenal.'],
      [7, 'error', 'Sama dengan baris 4 di berkas ini; hapus salah satunya.'],
      [8, 'error', expect.stringMatching(/^Jenis "Kapal" tidak dikenal; tulis Diskominfo/)],
    ]);
    expect(preview.rows[1]?.changes).toEqual([{ field: 'shortName', from: 'Kominfo Bungo', to: 'DKB' }]);
    expect(preview.counts).toEqual({ new: 1, update: 1, unchanged: 1, skip: 0, error: 4 });
  });

  it('answers in English with English headers', async () => {
    const content = base64(['Name,Kind,Region,Short name', 'Some Office,Boat,15.01,']);
    const preview = await api.caller('en').directoryImport.previewFile({ kind: 'offices', content });
    expect(preview.rows[0]?.reason).toMatch(/^Unknown kind "Boat"; write Diskominfo/);
  });

  it('applies once: creates, changes, records events, and a retry with the same key does nothing', async () => {
    const idempotencyKey = key();
    const before = { offices: await countRows(api, 'organizations'), events: await countRows(api, 'events') };
    const result = await api
      .callerAs(admin)
      .directoryImport.applyFile({ kind: 'offices', content: offices, idempotencyKey });
    expect(result).toEqual({
      kind: 'offices',
      created: 1,
      updated: 1,
      unchanged: 1,
      skipped: 0,
      errors: 4,
      createdOffices: 0,
    });
    const bappeda = await api.database.db
      .selectFrom('organizations')
      .select(['id', 'kind', 'shortName', 'regionCode'])
      .where('name', '=', 'Bappeda Kabupaten Kerinci')
      .executeTakeFirstOrThrow();
    expect(bappeda).toMatchObject({ kind: 'regional_office', shortName: 'Bappeda', regionCode: '15.01' });
    const created = await eventsOf('OrganizationCreated');
    expect(created.at(-1)).toMatchObject({
      aggregateId: bappeda.id,
      actorId: admin.id,
      payload: { source: 'directoryImport', kind: 'regional_office' },
    });
    expect((await eventsOf('OrganizationUpdated')).at(-1)).toMatchObject({
      aggregateId: bungoId,
      payload: { shortName: { from: 'Kominfo Bungo', to: 'DKB' } },
    });
    expect((await eventsOf('DirectoryImported')).at(-1)).toMatchObject({
      aggregateId: admin.id,
      payload: { kind: 'offices', created: 1, updated: 1, errors: 4, idempotencyKey },
    });
    expect(await countRows(api, 'organizations')).toBe(before.offices + 1);
    expect(await countRows(api, 'events')).toBe(before.events + 3);

    const again = await api
      .callerAs(admin)
      .directoryImport.applyFile({ kind: 'offices', content: offices, idempotencyKey });
    expect(again).toEqual(result);
    expect(await countRows(api, 'events')).toBe(before.events + 3);

    // A new key over the same file: everything is already there, nothing is written.
    const later = await api
      .callerAs(admin)
      .directoryImport.applyFile({ kind: 'offices', content: offices, idempotencyKey: key() });
    expect(later).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await countRows(api, 'events')).toBe(before.events + 3);
  });

  it('follows the choice made per row: skip, create anyway, or match with an existing office', async () => {
    const content = base64([
      'Nama;Wilayah',
      'Kominfo Kerinci Lama;15.01',
      'Diskominfo Kab. Kerinci;15.01',
      'Dinas Pendidikan Kabupaten Kerinci;15.01',
    ]);
    const plain = await api.caller().directoryImport.previewFile({ kind: 'offices', content });
    expect(summary(plain.rows)).toEqual([
      [2, 'new', null],
      [3, 'unchanged', 'Dinas Komunikasi dan Informatika Kabupaten Kerinci'],
      [4, 'new', null],
    ]);
    const chosen = await api.caller().directoryImport.previewFile({
      kind: 'offices',
      content,
      choices: [
        { rowNumber: 2, action: 'match', matchId: kerinciId },
        { rowNumber: 3, action: 'create' },
        { rowNumber: 4, action: 'skip' },
      ],
    });
    expect(summary(chosen.rows)).toEqual([
      [2, 'unchanged', 'Dinas Komunikasi dan Informatika Kabupaten Kerinci'],
      [3, 'new', null],
      [4, 'skip', null],
    ]);
    // What was recognised stays on offer, so "create" can be undone.
    expect(chosen.rows[1]?.suggestions.map((s) => s.id)).toContain(kerinciId);
  });

  it('lets the secretariat import only offices of their region, and refuses what they may not pick', async () => {
    const content = base64([
      'Nama;Wilayah',
      'Bapenda Kabupaten Kerinci;15.01',
      'Bapenda Kabupaten Tebo;15.09',
    ]);
    const caller = api.callerAs(secretariat);
    const preview = await caller.directoryImport.previewFile({ kind: 'offices', content });
    expect(summary(preview.rows)).toEqual([
      [2, 'new', null],
      [3, 'error', 'Instansi ini di luar wilayah Anda; lewati baris ini atau minta admin mengimpornya.'],
    ]);
    const result = await caller.directoryImport.applyFile({
      kind: 'offices',
      content,
      idempotencyKey: key(),
    });
    expect(result).toMatchObject({ created: 1, errors: 1 });
    const tebo = await api.database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', 'Bapenda Kabupaten Tebo')
      .executeTakeFirst();
    expect(tebo).toBeUndefined();

    // An office of another region, not offered for the row: as if it did not exist.
    await refusedWithoutEffect(
      api.database.db,
      () =>
        caller.directoryImport.applyFile({
          kind: 'offices',
          content: base64(['Nama;Singkatan', 'Kantor Lain;KL']),
          choices: [{ rowNumber: 2, action: 'match', matchId: teboId }],
          idempotencyKey: key(),
        }),
      'NOT_FOUND',
    );
  });

  it('refuses staff and viewers without effect', async () => {
    const content = base64(['Nama;Wilayah', 'Kantor Staf;15.01']);
    for (const user of [staff, viewer]) {
      await refusedWithoutEffect(
        api.database.db,
        () =>
          api.callerAs(user).directoryImport.applyFile({ kind: 'offices', content, idempotencyKey: key() }),
        'FORBIDDEN',
      );
      await refusedWithoutEffect(
        api.database.db,
        () => api.callerAs(user).directoryImport.previewFile({ kind: 'offices', content }),
        'FORBIDDEN',
      );
    }
  });
});

describe('directoryImport: people', () => {
  const people = base64([
    'Nama;Jabatan;Instansi;NIP;Email',
    `Budi Santoso;Kepala Bidang;Diskominfo Kab. Kerinci;${NIP};`,
    'Drs. Siti Aminah, M.Si.;Sekretaris;Dinas Komunikasi dan Informatika Kabupaten Kerinci;;',
    'Rina Marlina;Pranata Komputer;Diskominfo Kabupaten Kerinci;;',
    'Andi Pratama;Staf;Dinas Perhubungan Kabupaten Kerinci;;',
    'Joko;Staf;Diskominfo Kabupaten Kerinci;12345;',
    'Rina Marlina;Pranata Komputer;Diskominfo Kabupaten Kerinci;;',
    'Eka;Staf;Diskominfo Kabupaten Kerinci;;bukan-surel',
    'Pengguna Sekretariat;;Diskominfo Kabupaten Kerinci;;Sekretariat.Kerinci@uji.demo',
  ]);

  it('matches by NIP, by name in the office and by account email; says what is new and what is wrong', async () => {
    const preview = await api.caller().directoryImport.previewFile({ kind: 'people', content: people });
    expect(summary(preview.rows)).toEqual([
      [2, 'update', 'Budi S.'],
      [3, 'unchanged', 'Drs. Siti Aminah'],
      [4, 'new', null],
      [5, 'new', null],
      [6, 'error', 'NIP harus 18 angka (sekarang 5 angka).'],
      [7, 'error', 'Sama dengan baris 4 di berkas ini; hapus salah satunya.'],
      [8, 'error', 'Surel "bukan-surel" tidak valid; perbaiki atau kosongkan.'],
      [9, 'unchanged', expect.any(String)],
    ]);
    expect(preview.rows[0]?.changes).toEqual([{ field: 'position', from: null, to: 'Kepala Bidang' }]);
    expect(preview.rows[2]?.office).toEqual({
      id: kerinciId,
      name: 'Dinas Komunikasi dan Informatika Kabupaten Kerinci',
      status: 'existing',
    });
    expect(preview.rows[3]?.office).toEqual({
      id: null,
      name: 'Dinas Perhubungan Kabupaten Kerinci',
      status: 'created',
    });
    expect(preview.rows[7]?.existing?.id).toBe(secretariat.personId);
  });

  it('applies once in one go: people, their new office, events without NIP digits; no accounts', async () => {
    const idempotencyKey = key();
    const users = await api.database.db.selectFrom('users').select('id').execute();
    const result = await api
      .caller()
      .directoryImport.applyFile({ kind: 'people', content: people, idempotencyKey });
    expect(result).toEqual({
      kind: 'people',
      created: 2,
      updated: 1,
      unchanged: 2,
      skipped: 0,
      errors: 3,
      createdOffices: 1,
    });
    const andi = await api.database.db
      .selectFrom('people as p')
      .innerJoin('organizations as o', 'o.id', 'p.organizationId')
      .select(['p.id', 'o.name', 'o.regionCode', 'o.kind'])
      .where('p.fullName', '=', 'Andi Pratama')
      .executeTakeFirstOrThrow();
    expect(andi).toMatchObject({
      name: 'Dinas Perhubungan Kabupaten Kerinci',
      regionCode: '15.01',
      kind: 'other',
    });
    const budi = await api.database.db
      .selectFrom('people')
      .select(['position', 'version'])
      .where('id', '=', budiId)
      .executeTakeFirstOrThrow();
    expect(budi).toEqual({ position: 'Kepala Bidang', version: 2 });
    expect((await eventsOf('PersonUpdated')).at(-1)).toMatchObject({
      aggregateId: budiId,
      payload: { position: { from: null, to: 'Kepala Bidang' } },
    });
    expect((await eventsOf('PersonCreated')).at(-1)?.payload).toMatchObject({
      fullName: 'Andi Pratama',
      source: 'directoryImport',
      hasNip: false,
    });
    expect(await api.database.db.selectFrom('users').select('id').execute()).toHaveLength(users.length);

    const people1 = await countRows(api, 'people');
    const events1 = await countRows(api, 'events');
    expect(
      await api.caller().directoryImport.applyFile({ kind: 'people', content: people, idempotencyKey }),
    ).toEqual(result);
    expect(await countRows(api, 'people')).toBe(people1);
    expect(await countRows(api, 'events')).toBe(events1);
  });

  it('gives a NIP to someone matched without one, and refuses a NIP that is someone else’s', async () => {
    const other = '198502022010012002';
    const content = base64([
      'Nama;Instansi;NIP',
      `Drs. Siti Aminah;Dinas Komunikasi dan Informatika Kabupaten Kerinci;${other}`,
      `Orang Lain;Diskominfo Kabupaten Kerinci;${NIP}`,
    ]);
    const preview = await api.caller().directoryImport.previewFile({ kind: 'people', content });
    // A NIP names one person whatever the name says: row 3 is Budi, already with that NIP.
    expect(summary(preview.rows)).toEqual([
      [2, 'update', 'Drs. Siti Aminah'],
      [3, 'unchanged', 'Budi S.'],
    ]);
    expect(preview.rows[0]?.changes).toEqual([{ field: 'nip', from: null, to: other }]);
    const chosen = await api.caller().directoryImport.previewFile({
      kind: 'people',
      content,
      choices: [{ rowNumber: 3, action: 'create' }],
    });
    expect(summary(chosen.rows)[1]).toEqual([3, 'error', 'NIP ini sudah terdaftar untuk orang lain.']);
    await api.caller().directoryImport.applyFile({
      kind: 'people',
      content,
      choices: [{ rowNumber: 3, action: 'skip' }],
      idempotencyKey: key(),
    });
    const siti = await api.database.db
      .selectFrom('people')
      .select('nip')
      .where('id', '=', sitiId)
      .executeTakeFirstOrThrow();
    expect(siti.nip).toBe(other);
    const event = (await eventsOf('PersonUpdated')).at(-1);
    expect(event?.payload).toEqual({ nipChanged: true });
  });

  it('takes the office chosen for a row, and recognises the person in it', async () => {
    const content = base64(['Nama;Instansi;Wilayah', 'Siti Aminah;Kominfo Lama;15.01']);
    const plain = await api.caller().directoryImport.previewFile({ kind: 'people', content });
    expect(plain.rows[0]).toMatchObject({
      outcome: 'new',
      office: { id: null, name: 'Kominfo Lama', status: 'created' },
    });
    const chosen = await api.caller().directoryImport.previewFile({
      kind: 'people',
      content,
      choices: [{ rowNumber: 2, organizationId: kerinciId }],
    });
    expect(summary(chosen.rows)).toEqual([[2, 'unchanged', 'Drs. Siti Aminah']]);
    expect(chosen.rows[0]?.existing?.id).toBe(sitiId);
  });

  it('finds nobody by NIP beyond the caller’s scope, and does not say whose a taken NIP is', async () => {
    const teboNip = '199001012015031003';
    await api.caller().people.create({ fullName: 'Rahmat Tebo', nip: teboNip, organizationId: teboId });
    const content = base64(['Nama;Instansi;NIP', `Rahmat;Diskominfo Kabupaten Kerinci;${teboNip}`]);
    const preview = await api.callerAs(secretariat).directoryImport.previewFile({ kind: 'people', content });
    expect(preview.rows[0]).toMatchObject({
      outcome: 'error',
      reason: 'NIP ini sudah terdaftar untuk orang lain.',
      existing: null,
      suggestions: [],
    });
    const national = await api.caller().directoryImport.previewFile({ kind: 'people', content });
    expect(summary(national.rows)).toEqual([[2, 'unchanged', 'Rahmat Tebo']]);
  });

  it('keeps the secretariat to people of offices in their region', async () => {
    const content = base64([
      'Nama;Jabatan;Instansi',
      'Sari Tebo;Staf;Diskominfo Kabupaten Tebo',
      'Sari Kerinci;Staf;Diskominfo Kabupaten Kerinci',
      'Sari Baru;Staf;Dinas Baru Kabupaten Tebo',
    ]);
    const caller = api.callerAs(secretariat);
    const preview = await caller.directoryImport.previewFile({ kind: 'people', content });
    const outOfScope = 'Instansi ini di luar wilayah Anda; lewati baris ini atau minta admin mengimpornya.';
    expect(summary(preview.rows)).toEqual([
      [2, 'error', outOfScope],
      [3, 'new', null],
      [4, 'error', outOfScope],
    ]);
    const before = await countRows(api, 'organizations');
    expect(
      await caller.directoryImport.applyFile({ kind: 'people', content, idempotencyKey: key() }),
    ).toMatchObject({ created: 1, errors: 2, createdOffices: 0 });
    expect(await countRows(api, 'organizations')).toBe(before);
    await refusedWithoutEffect(
      api.database.db,
      () =>
        caller.directoryImport.applyFile({
          kind: 'people',
          content,
          choices: [{ rowNumber: 3, action: 'create', organizationId: teboId }],
          idempotencyKey: key(),
        }),
      'NOT_FOUND',
    );
  });
});

describe('directoryImport: hostile files', () => {
  const failure = (content: string) =>
    api
      .caller()
      .directoryImport.previewFile({ kind: 'people', content })
      .then(
        () => ({ code: 'none', messageKey: '' }),
        (e: { code?: string; cause?: { messageKey?: string; param?: unknown } }) => ({
          code: e.code,
          messageKey: e.cause?.messageKey,
          ...(e.cause?.param === undefined ? {} : { param: e.cause.param }),
        }),
      );

  it('refuses a file over the size limit before reading it, writing nothing', async () => {
    const huge = Buffer.alloc(1024 * 1024 + 10, 'a').toString('base64');
    await refusedWithoutEffect(
      api.database.db,
      () => api.caller().directoryImport.applyFile({ kind: 'people', content: huge, idempotencyKey: key() }),
      'BAD_REQUEST',
    );
  });

  it('refuses binary and NUL-laden content as unreadable', async () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('base64');
    expect(await failure(binary)).toMatchObject({
      code: 'BAD_REQUEST',
      messageKey: 'importUnreadableFile',
    });
    const withNul = Buffer.from('Nama;Jabatan\nBudi\u0000;Staf\n').toString('base64');
    expect(await failure(withNul)).toMatchObject({
      code: 'BAD_REQUEST',
      messageKey: 'importUnreadableFile',
    });
  });

  it('refuses more rows than the limit', async () => {
    const content = base64(['Nama', ...Array.from({ length: 1001 }, (_, i) => `Orang ${i}`)]);
    expect(await failure(content)).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'tooMany',
      param: 1000,
    });
  });

  it('turns formula cells (CSV text or XLSX formulas) into row errors, never into names', async () => {
    const csv = base64(['Nama;Instansi', '=SUM(1+2);Diskominfo Kabupaten Kerinci']);
    const fromCsv = await api.caller().directoryImport.previewFile({ kind: 'people', content: csv });
    expect(fromCsv.rows[0]).toMatchObject({
      outcome: 'error',
      reason: expect.stringMatching(/^Sel berisi rumus/),
    });
    const book = await xlsx([
      ['Nama', 'Jenis'],
      [{ formula: 'CONCATENATE("Kantor ";"Rumus")' }, 'Lainnya'],
      ['Kantor Biasa_x0000_ Kerinci', 'Lainnya'],
    ]);
    const fromXlsx = await api.caller().directoryImport.previewFile({ kind: 'offices', content: book });
    expect(summary(fromXlsx.rows)).toEqual([
      [2, 'error', expect.stringMatching(/^Sel berisi rumus \("=CONCATENATE/)],
      [3, 'new', null],
    ]);
    expect(fromXlsx.rows[1]?.name).toBe('Kantor Biasa Kerinci');
  });
});

describe('the e2e sample files', () => {
  it('read without errors: every row is new or already there', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const [kind, file] of [
      ['offices', 'direktori-instansi.csv'],
      ['people', 'direktori-orang.csv'],
    ] as const) {
      const content = (
        await readFile(new URL(`../../../tests/e2e/fixtures/${file}`, import.meta.url))
      ).toString('base64');
      const preview = await api.caller().directoryImport.previewFile({ kind, content });
      expect(preview.rows.length).toBeGreaterThan(3);
      expect(preview.rows.filter((r) => r.outcome === 'error')).toEqual([]);
    }
  });
});
