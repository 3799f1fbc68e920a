import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { signInOverHttp } from './support/http';

/** One indicator's values as a spreadsheet: the export's headers, the caller's scope, the filters. */
const api = useTestApi();
let app: FastifyInstance;
let provinceCookie: string;
let kerinciCookie: string;
let indicatorId: string;
let sumselIndicatorId: string;

const bands = [
  { from: 0, to: 2.6, label: 'Cukup', tone: 'fair' as const },
  { from: 2.6, to: 5, label: 'Baik', tone: 'good' as const },
];

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  const office = async (name: string, regionCode: string) =>
    (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
  const province = await office('Diskominfo Provinsi Jambi', '15');
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  const sumsel = await office('Diskominfo Provinsi Sumatera Selatan', '16');
  const define = async (name: string, keeper: string) =>
    (
      await api.caller().indicators.define({
        name,
        unit: 'index',
        direction: 'higher_is_better',
        scaleMin: 0,
        scaleMax: 5,
        bands,
        periodKind: 'year',
        responsibleOrganizationId: keeper,
      })
    ).id;
  indicatorId = await define('Indeks SPBE', province);
  sumselIndicatorId = await define('Indeks SPBE Sumsel', sumsel);
  const record = (regionCode: string, period: string, value: number | null, predicate?: string) =>
    api.caller().indicators.recordValue({
      indicatorId,
      regionCode,
      period,
      value,
      ...(predicate ? { predicate } : {}),
      source: { kind: 'note', note: 'Forum Perangkat Daerah 2024' },
    });
  await record('15.01', '2023', null, 'Cukup');
  await record('15.01', '2024', 2.75);
  await record('15.71', '2024', 4.27);
  await record('16.07', '2024', 3.1);
  await api.caller().indicators.setTargets({
    indicatorId,
    period: '2024',
    target: 3,
    regions: [
      { code: '15.01', version: null },
      { code: '15.71', version: null },
    ],
  });
  provinceCookie = (await signInOverHttp(app, api, 'staff', province)).cookie;
  kerinciCookie = (await signInOverHttp(app, api, 'viewer', kerinci)).cookie;
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string, cookie: string) => app.inject({ method: 'GET', url, headers: { cookie } });

function csv(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body, { bom: true });
}

describe('indicator export', () => {
  it('is a CSV of the values in scope, newest period first, with target and whether it is met', async () => {
    const response = await get(`/api/ekspor/indikator.csv?indicatorId=${indicatorId}`, provinceCookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="indikator-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = csv(response.body);
    expect(header).toEqual([
      'Wilayah',
      'Kode',
      'Periode',
      'Nilai',
      'Predikat',
      'Target',
      'Memenuhi target',
      'Sumber',
      'Dicatat oleh',
      'Dicatat pada',
    ]);
    // Banyuasin (Sumatera Selatan) is outside the province's scope.
    expect(rows.map((row) => row.slice(0, 8))).toEqual([
      [
        'Kabupaten Kerinci',
        '15.01',
        '2024',
        '2.75',
        'Baik',
        '3',
        'Tidak',
        'Catatan: Forum Perangkat Daerah 2024',
      ],
      ['Kota Jambi', '15.71', '2024', '4.27', 'Baik', '3', 'Ya', 'Catatan: Forum Perangkat Daerah 2024'],
      ['Kabupaten Kerinci', '15.01', '2023', '', 'Cukup', '', '', 'Catatan: Forum Perangkat Daerah 2024'],
    ]);
    expect(rows[0]?.[9]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is an XLSX narrowed to one period and the regions beneath a region, for a regency only its own', async () => {
    const response = await get(
      `/api/ekspor/indikator.xlsx?indicatorId=${indicatorId}&period=2024&parentRegionCode=15.71`,
      provinceCookie,
    );
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Kota Jambi');
    expect(sheet?.getRow(2).getCell(4).value).toBe(4.27);

    const regency = csv(
      (await get(`/api/ekspor/indikator.csv?indicatorId=${indicatorId}`, kerinciCookie)).body,
    );
    expect(regency.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['15.01', '2024'],
      ['15.01', '2023'],
    ]);
  });

  it('answers 400 for a missing or malformed filter and 404 for an indicator out of sight', async () => {
    expect((await get('/api/ekspor/indikator.csv', provinceCookie)).statusCode).toBe(400);
    expect(
      (await get(`/api/ekspor/indikator.csv?indicatorId=${indicatorId}&period=2024-Q9`, provinceCookie))
        .statusCode,
    ).toBe(400);
    const unseen = await get(`/api/ekspor/indikator.csv?indicatorId=${sumselIndicatorId}`, kerinciCookie);
    expect(unseen.statusCode).toBe(404);
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/ekspor/indikator.csv?indicatorId=${indicatorId}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
