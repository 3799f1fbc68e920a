import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { insertDirective } from './support/directives';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';

/** The item export names each item's directive; the `arahan` export lists each directive once. */
const api = useTestApi();
let app: FastifyInstance;
let headCookie: string;
let kerinciCookie: string;
const hosting = 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi';

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  const jambi = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  const kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  const merangin = (await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02')).id;
  const meeting = await api.caller().meetings.create(meetingInput(jambi));
  await api.caller().actionItems.create({
    title: 'Susun peta jalan',
    meetingId: meeting.id,
    ownerOrganizationId: tebo,
    dueOn: '2030-01-31',
  });
  await insertDirective(api, {
    title: hosting,
    issuedBy: jambi,
    dueOn: '2030-03-31',
    shares: [
      { officeId: kerinci, status: 'done' },
      { officeId: tebo, status: 'in_progress' },
      { officeId: merangin, dueOn: '2020-01-31' },
    ],
  });
  headCookie = (await signInOverHttp(app, api, 'head', jambi)).cookie;
  kerinciCookie = (await signInOverHttp(app, api, 'staff', kerinci)).cookie;
});
afterAll(async () => {
  await app?.close();
});

async function csv(url: string, cookie: string): Promise<string[][]> {
  const response = await app.inject({ method: 'GET', url, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return parse(response.body, { bom: true });
}

describe('exports of directives', () => {
  it('give every office’s item its directive in an Arahan column', async () => {
    const [headers = [], ...rows] = await csv('/api/ekspor/tindak-lanjut.csv', headCookie);
    const column = headers.indexOf('Arahan');
    expect(column).toBeGreaterThan(0);
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row[column] === hosting)).toHaveLength(3);
    expect(rows.find((row) => row[0] === 'Susun peta jalan')?.[column]).toBe('');
  });

  it('list each directive once with its spread, as CSV and XLSX, under the list’s filters', async () => {
    const [headers, ...rows] = await csv('/api/ekspor/arahan.csv', headCookie);
    expect(headers).toEqual([
      'Arahan',
      'Tenggat',
      'Instansi',
      'Selesai',
      'Menunggu verifikasi',
      'Dikerjakan',
      'Belum dikerjakan',
      'Dibatalkan',
      'Terlambat',
    ]);
    expect(rows).toEqual([[hosting, '2030-03-31', '3', '1', '0', '1', '1', '0', '1']]);
    const [, ...working] = await csv('/api/ekspor/arahan.csv?status=open&status=in_progress', headCookie);
    expect(working).toEqual([[hosting, '2030-03-31', '2', '0', '0', '1', '1', '0', '1']]);
    const response = await app.inject({
      method: 'GET',
      url: '/api/ekspor/arahan.xlsx',
      headers: { cookie: headCookie },
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(1).value).toBe(hosting);
    expect(sheet?.getRow(2).getCell(3).value).toBe(3);
  });

  it('count only the reader’s scope for a regency', async () => {
    const [, ...rows] = await csv('/api/ekspor/arahan.csv', kerinciCookie);
    expect(rows).toEqual([[hosting, '2030-03-31', '1', '1', '0', '0', '0', '0', '0']]);
  });
});
