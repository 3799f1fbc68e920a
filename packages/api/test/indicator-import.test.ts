import {
  type IndicatorImportPreview,
  type IndicatorImportRowChoice,
  type MessageKey,
  messageRef,
  translateMessage,
} from '@tindak/shared';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';
import { countRows } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

/** SPBE scores arrive as a table: preview row by row, then record the rows seen, in one go. */
const api = useTestApi();
let provinceOffice: string;
let provinceSecretariat: SessionUser;
let kerinciSecretariat: SessionUser;
let provinceStaff: SessionUser;
let provinceViewer: SessionUser;
let sumselOffice: string;

const spbeBands = [
  { from: 0, to: 1.8, label: 'Kurang', tone: 'bad' },
  { from: 1.8, to: 2.6, label: 'Cukup', tone: 'fair' },
  { from: 2.6, to: 3.5, label: 'Baik', tone: 'good' },
  { from: 3.5, to: 4.2, label: 'Sangat Baik', tone: 'good' },
  { from: 4.2, to: 5, label: 'Memuaskan', tone: 'best' },
] as const;

const base64 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
const key = () => crypto.randomUUID();
let indicatorCount = 0;

async function office(name: string, regionCode: string) {
  const row = await api.database.db
    .insertInto('organizations')
    .values({ name, kind: 'diskominfo', regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh SPBE-like indicator, so each test starts from its own values. */
async function spbe(keeper = provinceOffice): Promise<string> {
  indicatorCount += 1;
  const indicator = await api.caller().indicators.define({
    name: `Indeks SPBE ${indicatorCount}`,
    unit: 'index',
    direction: 'higher_is_better',
    scaleMin: 0,
    scaleMax: 5,
    bands: [...spbeBands],
    bandsSource: 'PermenPANRB 59/2020',
    periodKind: 'year',
    responsibleOrganizationId: keeper,
  });
  return indicator.id;
}

async function record(indicatorId: string, regionCode: string, period: string, value: number) {
  return api.caller().indicators.recordValue({
    indicatorId,
    regionCode,
    period,
    value,
    source: { kind: 'note', note: 'Forum Perangkat Daerah 2024' },
  });
}

async function eventsOf(type: string, indicatorId: string) {
  return api.database.db
    .selectFrom('events')
    .select(['payload', 'actorId'])
    .where('eventType', '=', type)
    .where('aggregateId', '=', indicatorId)
    .orderBy('id')
    .execute();
}

/** What the importer confirms: every row the preview would record, with the version it showed. */
const confirm = (preview: IndicatorImportPreview): IndicatorImportRowChoice[] =>
  preview.rows
    .filter((row) => row.status === 'new' || row.status === 'changed')
    .map((row) => ({ rowNumber: row.rowNumber, version: row.current?.version ?? null }));

const summary = (preview: IndicatorImportPreview) =>
  preview.rows.map((r) => [
    r.rowNumber,
    r.region?.code ?? null,
    r.status,
    r.message ?? r.value ?? r.predicate,
  ]);

beforeAll(async () => {
  provinceOffice = await office('Diskominfo Provinsi Jambi', '15');
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  sumselOffice = await office('Diskominfo Provinsi Sumatera Selatan', '16');
  provinceSecretariat = await createUser(api, { role: 'secretariat', organizationId: provinceOffice });
  kerinciSecretariat = await createUser(api, { role: 'secretariat', organizationId: kerinci });
  provinceStaff = await createUser(api, { role: 'staff', organizationId: provinceOffice });
  provinceViewer = await createUser(api, { role: 'viewer', organizationId: provinceOffice });
});

const scores = base64([
  '\uFEFFkode_wilayah;wilayah;periode;nilai;predikat',
  '15.01;Kabupaten Kerinci;2024;2,75;',
  ';Kab. Bungo;2024;3.0;',
  ';Kota Jambi;2024;4,27;Memuaskan',
  ';Tanjungjabung Timur;2024;cukup;',
  ';Batang Hari;2024;3,11;',
  ';Atlantis;2024;3;',
  ';Kabupaten Tebo;2024;tiga;',
  ';Kabupaten Merangin;2024-Q1;2,5;',
  ';Kabupaten Sarolangun;2024;;Luar biasa',
  ';Kabupaten Banyuasin;2024;3;',
  ';KOTA SUNGAI PENUH;;2,9;',
  ';Kabupaten Muaro Jambi;2024;2,9;Cukup',
  ';Kabupaten Tanjung Jabung Barat;2024;7;',
]);

describe('indicatorImport.previewFile', () => {
  it('says of every row whether it is new, changed, the same, an error (and why) or outside scope', async () => {
    const indicatorId = await spbe();
    const kerinci = await record(indicatorId, '15.01', '2024', 2.5);
    await record(indicatorId, '15.08', '2024', 3);
    const preview = await api.callerAs(provinceSecretariat).indicatorImport.previewFile({
      indicatorId,
      fileName: 'spbe-2024.csv',
      contentBase64: scores,
      period: '2024',
    });
    expect(summary(preview)).toEqual([
      [2, '15.01', 'changed', 2.75],
      [3, '15.08', 'same', 3],
      [4, '15.71', 'new', 4.27],
      [5, '15.07', 'new', 'Cukup'],
      [6, '15.04', 'new', 3.11],
      [7, null, 'error', 'Wilayah "Atlantis" tidak dikenal.'],
      [8, '15.09', 'error', 'Nilai "tiga" bukan angka (mis. 3,45) atau predikat indikator ini.'],
      [9, '15.02', 'error', expect.stringMatching(/^Periode "2024-Q1" tidak sesuai jenis periode/)],
      [10, '15.03', 'error', 'Predikat "Luar biasa" bukan salah satu kategori nilai indikator ini.'],
      [11, '16.07', 'outside', 'Wilayah ini di luar cakupan Anda; nilainya tidak diimpor.'],
      [12, '15.72', 'new', 2.9],
      [13, '15.05', 'error', expect.stringMatching(/^Predikat tidak sesuai dengan nilai angka/)],
      [14, '15.06', 'error', 'Nilai harus berada dalam skala indikator (0–5).'],
    ]);
    expect(preview.rows[0]?.current).toEqual({ value: 2.5, predicate: null, version: kerinci.version });
    expect(preview.rows[2]).toMatchObject({ predicate: 'Memuaskan', period: '2024' });
    expect(preview.rows[11]?.period).toBe('2024');
    expect(preview.counts).toEqual({ new: 4, changed: 1, same: 1, error: 6, outside: 1 });
  });

  it('reads XLSX with numbers typed as numbers, and answers in the caller’s language', async () => {
    const indicatorId = await spbe();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('SPBE');
    sheet.addRow(['Kabupaten/Kota', 'Tahun', 'Indeks']);
    sheet.addRow(['Kota Jambi', 2024, 4.27]);
    sheet.addRow(['Pemprov Atlantis', 2024, 3.31]);
    sheet.addRow(['Provinsi Jambi', '', 3.31]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await api
      .caller('en')
      .indicatorImport.previewFile({ indicatorId, fileName: 'spbe.xlsx', contentBase64 });
    expect(summary(preview)).toEqual([
      [2, '15.71', 'new', 4.27],
      [3, null, 'error', 'Unknown region "Pemprov Atlantis".'],
      [4, '15', 'error', expect.stringMatching(/^No period: fill in the Period column/)],
    ]);
  });

  it('refuses a file without a region column, a period of another kind, and an unseen indicator', async () => {
    const indicatorId = await spbe();
    const caller = api.callerAs(provinceSecretariat);
    await expect(
      caller.indicatorImport.previewFile({
        indicatorId,
        fileName: 'x.csv',
        contentBase64: base64(['Nilai;Tahun', '3;2024']),
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { messageKey: 'indicatorImportMissingRegionColumn', field: 'content' },
    });
    await expect(
      caller.indicatorImport.previewFile({
        indicatorId,
        fileName: 'x.csv',
        contentBase64: scores,
        period: '2024-01',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'period' } });
    const sumsel = await spbe(sumselOffice);
    await expect(
      api
        .callerAs(kerinciSecretariat)
        .indicatorImport.previewFile({ indicatorId: sumsel, fileName: 'x.csv', contentBase64: scores }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('indicatorImport.applyFile', () => {
  it('records the rows seen in one go, one event each, and a retry with the same key writes nothing', async () => {
    const indicatorId = await spbe();
    await record(indicatorId, '15.01', '2024', 2.5);
    await record(indicatorId, '15.08', '2024', 3);
    const caller = api.callerAs(provinceSecretariat);
    const input = { indicatorId, fileName: 'spbe-2024.csv', contentBase64: scores, period: '2024' };
    const preview = await caller.indicatorImport.previewFile(input);
    const eventsBefore = await countRows(api, 'events');
    const idempotencyKey = key();
    const result = await caller.indicatorImport.applyFile({
      ...input,
      rows: confirm(preview),
      idempotencyKey,
    });
    expect(result).toEqual({ recorded: 5, skipped: 0, counts: preview.counts });

    const values = await api.database.db
      .selectFrom('indicatorValues')
      .select(['regionCode', 'value', 'predicate', 'sourceKind', 'sourceNote', 'recordedBy'])
      .where('indicatorId', '=', indicatorId)
      .orderBy('regionCode')
      .execute();
    expect(values.map((v) => [v.regionCode, v.value === null ? null : Number(v.value), v.predicate])).toEqual(
      [
        ['15.01', 2.75, null],
        ['15.04', 3.11, null],
        ['15.07', null, 'Cukup'],
        ['15.08', 3, null],
        ['15.71', 4.27, 'Memuaskan'],
        ['15.72', 2.9, null],
      ],
    );
    expect(values[0]).toMatchObject({
      sourceKind: 'document',
      sourceNote: 'Impor spbe-2024.csv',
      recordedBy: provinceSecretariat.id,
    });
    const recorded = await eventsOf('IndicatorValueRecorded', indicatorId);
    // Two recorded before the import, five by it, each naming the file.
    expect(recorded.slice(2).map((e) => (e.payload as { importedFrom?: string }).importedFrom)).toEqual(
      Array(5).fill('spbe-2024.csv'),
    );
    expect(recorded[2]?.payload).toMatchObject({ regionCode: '15.01', previous: { value: 2.5 } });
    expect((await eventsOf('IndicatorValuesImported', indicatorId)).at(-1)).toMatchObject({
      actorId: provinceSecretariat.id,
      payload: { recorded: 5, fileName: 'spbe-2024.csv', idempotencyKey },
    });
    expect(await countRows(api, 'events')).toBe(eventsBefore + 6);

    const again = await caller.indicatorImport.applyFile({
      ...input,
      rows: confirm(preview),
      idempotencyKey,
    });
    expect(again).toEqual(result);
    expect(await countRows(api, 'events')).toBe(eventsBefore + 6);
    // A new preview of the same file: all there now.
    const after = await caller.indicatorImport.previewFile(input);
    expect(after.counts).toMatchObject({ new: 0, changed: 0, same: 6 });
  });

  it('records only the rows the importer confirmed, and never those outside their region', async () => {
    const indicatorId = await spbe();
    const input = { indicatorId, fileName: 'spbe.csv', contentBase64: scores, period: '2024' };
    const result = await api.callerAs(kerinciSecretariat).indicatorImport.applyFile({
      ...input,
      // Kerinci (row 2), and rows of other regions sent as if they could be recorded.
      rows: [2, 4, 11].map((rowNumber) => ({ rowNumber, version: null })),
      idempotencyKey: key(),
    });
    expect(result).toMatchObject({ recorded: 1, skipped: 0, counts: { new: 1, outside: 6 } });
    const regions = await api.database.db
      .selectFrom('indicatorValues')
      .select('regionCode')
      .where('indicatorId', '=', indicatorId)
      .execute();
    expect(regions).toEqual([{ regionCode: '15.01' }]);

    const partial = await api.callerAs(provinceSecretariat).indicatorImport.applyFile({
      ...input,
      rows: [{ rowNumber: 4, version: null }],
      idempotencyKey: key(),
    });
    expect(partial).toMatchObject({ recorded: 1, skipped: 4 });
  });

  it('stops with CONFLICT and writes nothing when a value moved since the preview', async () => {
    const indicatorId = await spbe();
    const first = await record(indicatorId, '15.01', '2024', 2.5);
    const caller = api.callerAs(provinceSecretariat);
    const input = { indicatorId, fileName: 'spbe.csv', contentBase64: scores, period: '2024' };
    const preview = await caller.indicatorImport.previewFile(input);
    // Meanwhile someone records Kota Sungai Penuh (new in the preview, and the file's last row to record).
    await record(indicatorId, '15.72', '2024', 3.2);
    await refusedWithoutEffect(
      api.database.db,
      () => caller.indicatorImport.applyFile({ ...input, rows: confirm(preview), idempotencyKey: key() }),
      'CONFLICT',
    );
    type Cause = { messageKey: MessageKey; param?: string; field?: string };
    const error = await caller.indicatorImport
      .applyFile({ ...input, rows: confirm(preview), idempotencyKey: key() })
      .then(
        () => undefined,
        (e: { cause?: Cause }) => e.cause,
      );
    expect(error).toMatchObject({ field: 'rows.5.version', param: 'Kota Sungai Penuh (2024)' });
    expect(translateMessage(messageRef(error?.messageKey ?? 'required', error?.param), 'id')).toBe(
      'Nilai Kota Sungai Penuh (2024) sudah diubah orang lain sejak pratinjau; pratinjau ulang berkasnya sebelum mengimpor. Tidak ada yang tersimpan.',
    );
    // And a changed row whose version moved.
    await api.caller().indicators.recordValue({
      indicatorId,
      regionCode: '15.01',
      period: '2024',
      value: 2.6,
      version: first.version,
      source: { kind: 'note', note: 'Koreksi' },
    });
    const fresh = await caller.indicatorImport.previewFile(input);
    const rows = confirm(fresh).map((row) =>
      row.rowNumber === 2 ? { ...row, version: first.version } : row,
    );
    await refusedWithoutEffect(
      api.database.db,
      () => caller.indicatorImport.applyFile({ ...input, rows, idempotencyKey: key() }),
      'CONFLICT',
    );
  });

  it('refuses staff, viewers and an indicator out of sight, without effect', async () => {
    const indicatorId = await spbe();
    const input = { indicatorId, fileName: 'spbe.csv', contentBase64: scores, period: '2024' };
    const rows = [{ rowNumber: 2, version: null }];
    for (const user of [provinceStaff, provinceViewer]) {
      await refusedWithoutEffect(
        api.database.db,
        () => api.callerAs(user).indicatorImport.applyFile({ ...input, rows, idempotencyKey: key() }),
        'FORBIDDEN',
      );
      await refusedWithoutEffect(
        api.database.db,
        () => api.callerAs(user).indicatorImport.previewFile(input),
        'FORBIDDEN',
      );
    }
    const sumsel = await spbe(sumselOffice);
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api
          .callerAs(kerinciSecretariat)
          .indicatorImport.applyFile({ ...input, indicatorId: sumsel, rows, idempotencyKey: key() }),
      'NOT_FOUND',
    );
  });

  it('refuses a file over the size limit and one with too many rows, writing nothing', async () => {
    const indicatorId = await spbe();
    const huge = Buffer.alloc(1024 * 1024 + 10, 'a').toString('base64');
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.caller().indicatorImport.applyFile({
          indicatorId,
          fileName: 'besar.csv',
          contentBase64: huge,
          rows: [],
          idempotencyKey: key(),
        }),
      'BAD_REQUEST',
    );
    const long = base64([
      'Wilayah;Periode;Nilai',
      ...Array.from({ length: 1001 }, () => 'Kota Jambi;2024;4,27'),
    ]);
    await expect(
      api.caller().indicatorImport.previewFile({ indicatorId, fileName: 'panjang.csv', contentBase64: long }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { messageKey: 'tooMany' } });
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).toString('base64');
    await expect(
      api
        .caller()
        .indicatorImport.previewFile({ indicatorId, fileName: 'rusak.xlsx', contentBase64: binary }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('the end-to-end fixture', () => {
  it('reads as twelve new values for Jambi, each a number', async () => {
    const { readFileSync } = await import('node:fs');
    const file = new URL('../../../tests/e2e/fixtures/spbe-2024.csv', import.meta.url);
    const indicatorId = await spbe();
    const preview = await api.caller().indicatorImport.previewFile({
      indicatorId,
      fileName: 'spbe-2024.csv',
      contentBase64: readFileSync(file).toString('base64'),
    });
    expect(preview.counts).toEqual({ new: 12, changed: 0, same: 0, error: 0, outside: 0 });
    expect(preview.rows.every((row) => row.value !== null && row.period === '2024')).toBe(true);
    expect(new Set(preview.rows.map((row) => row.region?.code)).size).toBe(12);
  });
});
