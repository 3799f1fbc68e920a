import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sheet, toCsv, toXlsx } from '../src/exports/spreadsheet';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { signInOverHttp } from './support/http';

/** Lists as spreadsheets: Indonesian headers, real dates, the list's filters and scope. */
const api = useTestApi();
let app: FastifyInstance;
let cookie: string;

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  const office = async (name: string, regionCode: string) =>
    (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  const tebo = await office('Diskominfo Kabupaten Tebo', '15.09');
  for (const [host, region, name] of [
    [kerinci, '15.01', 'Kerinci'],
    [tebo, '15.09', 'Tebo'],
  ] as const) {
    const meeting = await api.caller().meetings.create({
      type: 'rakor',
      title: `Rakor Satu Data ${name}`,
      startsAt: '2026-01-05T09:00:00+07:00',
      endsAt: '2026-01-05T11:00:00+07:00',
      place: `Aula ${name}`,
      hostOrganizationId: host,
    });
    await api.caller().proposals.create({
      title: `Usulan Satu Data ${name}`,
      proposerOrganizationIds: [host],
      addressedToOrganizationId: host,
      meetingIds: [meeting.id],
    });
    await api.caller().commitments.create({
      title: `Komitmen Satu Data ${name}`,
      committedByOrganizationId: host,
      regionCodes: [region],
      dueOn: '2030-02-28',
    });
    for (const [title, dueOn] of [
      [`Tindak lanjut Satu Data ${name}`, '2030-01-31'],
      [`Tindak lanjut, "Portal" ${name}`, '2030-03-15'],
    ] as const) {
      await api
        .caller()
        .actionItems.create({ title, meetingId: meeting.id, ownerOrganizationId: host, dueOn });
    }
  }
  cookie = (await signInOverHttp(app, api, 'staff', kerinci)).cookie;
});
afterAll(async () => {
  await app?.close();
});

async function workbook(url: string) {
  const response = await app.inject({ method: 'GET', url, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return { response, sheet };
}

function csv(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body, { bom: true });
}

describe('action item export', () => {
  it('is an XLSX with Indonesian headers, real dates and only rows in scope', async () => {
    const { response, sheet } = await workbook('/api/ekspor/tindak-lanjut.xlsx');
    expect(response.headers['content-disposition']).toMatch(
      /filename="tindak-lanjut-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Judul',
        'Status',
        'Kondisi',
        'Penanggung jawab',
        'Tenggat',
        'Kemajuan (%)',
        'Asal rapat',
      ]),
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const titles: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) titles.push(String(row.getCell(1).value));
    });
    expect(titles.sort()).toEqual(['Tindak lanjut Satu Data Kerinci', 'Tindak lanjut, "Portal" Kerinci']);
    const dueColumn = headers.indexOf('Tenggat') + 1;
    const due = sheet.getRow(2).getCell(dueColumn);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString().slice(0, 10)).toBe('2030-01-31');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(2).getCell(headers.indexOf('Status') + 1).value).toBe('Terbuka');
  });

  it('applies the list filters given as query parameters', async () => {
    const { sheet } = await workbook('/api/ekspor/tindak-lanjut.xlsx?dueFrom=2030-03-01&status=open');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Tindak lanjut, "Portal" Kerinci');
  });

  it('is a CSV with a BOM, quoting and ISO dates', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/ekspor/tindak-lanjut.csv',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [headers = [], ...rows] = csv(response.body);
    expect(headers[0]).toBe('Judul');
    const due = headers.indexOf('Tenggat');
    expect(rows.map((r) => [r[0], r[due]]).sort()).toEqual([
      ['Tindak lanjut Satu Data Kerinci', '2030-01-31'],
      ['Tindak lanjut, "Portal" Kerinci', '2030-03-15'],
    ]);
  });

  it('rejects a bad filter and an anonymous caller', async () => {
    const bad = await app.inject({
      method: 'GET',
      url: '/api/ekspor/tindak-lanjut.csv?status=nope',
      headers: { cookie },
    });
    expect(bad.statusCode).toBe(400);
    const anonymous = await app.inject({ method: 'GET', url: '/api/ekspor/tindak-lanjut.xlsx' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('commitment and proposal exports', () => {
  it('lists commitments in scope, in both formats', async () => {
    const { sheet } = await workbook('/api/ekspor/komitmen.xlsx');
    expect(sheet.getRow(1).getCell(1).value).toBe('Komitmen');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Komitmen Satu Data Kerinci');
    const response = await app.inject({
      method: 'GET',
      url: '/api/ekspor/komitmen.csv?overdueOnly=true',
      headers: { cookie },
    });
    expect(csv(response.body)).toHaveLength(1);
  });

  it('lists proposals in scope', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ekspor/usulan.csv', headers: { cookie } });
    const [headers, ...rows] = csv(response.body);
    expect(headers?.slice(0, 2)).toEqual(['Usulan', 'Status']);
    expect(rows.map((r) => r[0])).toEqual(['Usulan Satu Data Kerinci']);
    expect(rows[0]?.[1]).toBe('Draf');
  });
});

/** OWASP "CSV Injection": text that starts like a formula is exported with an apostrophe before it. */
describe('cells a spreadsheet program would run as formulas', () => {
  const titles = ['=2+5*7', '+1', '-1', '@SUM(A1)'];
  let bungo: string;

  beforeAll(async () => {
    const office = await api
      .caller()
      .organizations.create({ name: 'Diskominfo Kabupaten Bungo', kind: 'diskominfo', regionCode: '15.08' });
    const meeting = await api.caller().meetings.create({
      type: 'rakor',
      title: 'Rakor Satu Data Bungo',
      startsAt: '2026-01-06T09:00:00+07:00',
      endsAt: '2026-01-06T11:00:00+07:00',
      place: 'Aula Bungo',
      hostOrganizationId: office.id,
    });
    for (const title of titles) {
      await api.caller().actionItems.create({
        title,
        meetingId: meeting.id,
        ownerOrganizationId: office.id,
        dueOn: '2030-04-30',
      });
    }
    bungo = (await signInOverHttp(app, api, 'staff', office.id)).cookie;
  });

  it('starts with an apostrophe in the CSV', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/ekspor/tindak-lanjut.csv',
      headers: { cookie: bungo },
    });
    const [headers = [], ...rows] = csv(response.body);
    expect(rows.map((row) => row[0]).sort()).toEqual(titles.map((title) => `'${title}`).sort());
    // A typed value is not text: the progress stays a number, the due date an ISO date.
    const progress = headers.indexOf('Kemajuan (%)');
    expect(rows.map((row) => row[progress])).toEqual(['0', '0', '0', '0']);
    expect(rows.map((row) => row[headers.indexOf('Tenggat')])).toEqual(Array(4).fill('2030-04-30'));
  });

  it('is text in the XLSX, never a formula, with the same apostrophe', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/ekspor/tindak-lanjut.xlsx',
      headers: { cookie: bungo },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) cells.push(row.getCell(1));
    });
    expect(cells.map((cell) => cell.value).sort()).toEqual(titles.map((title) => `'${title}`).sort());
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getRow(2).getCell(8).value).toBeInstanceOf(Date);
  });

  it('covers a tab and a carriage return, and leaves numbers and days as they are', async () => {
    const sheet: Sheet = {
      name: 'uji',
      columns: [
        { header: 'Teks', width: 10 },
        { header: 'Angka', width: 10 },
        { header: 'Tanggal', width: 10 },
      ],
      rows: [
        ['\tX', -1, { day: '2030-01-31' }],
        ['\rX', 2.5, null],
        ['Rapat -1 dan =2', null, null],
      ],
    };
    expect(parse(toCsv(sheet), { bom: true })).toEqual([
      ['Teks', 'Angka', 'Tanggal'],
      ["'\tX", '-1', '2030-01-31'],
      ["'\rX", '2.5', ''],
      ['Rapat -1 dan =2', '', ''],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(sheet)) as unknown as ArrayBuffer);
    const row = (n: number) => book.worksheets[0]?.getRow(n);
    expect(row(2)?.getCell(1).value).toBe("'\tX");
    // XML reads a carriage return back as a line feed.
    expect(row(3)?.getCell(1).value).toMatch(/^'[\r\n]X$/);
    expect([row(2)?.getCell(2).value, row(3)?.getCell(2).value]).toEqual([-1, 2.5]);
    expect(row(2)?.getCell(3).value).toEqual(new Date('2030-01-31T00:00:00.000Z'));
    expect(row(4)?.getCell(1).value).toBe('Rapat -1 dan =2');
  });
});
