import { MAX_PARTICIPANTS } from '@tindak/shared';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadRequestError } from '../../errors';

/** One data row of an attendance list, as typed (trimmed); `rowNumber` counts the header as row 1. */
export interface ImportedRow {
  rowNumber: number;
  name: string;
  position: string;
  office: string;
  region: string;
  nip: string;
}

type Column = Exclude<keyof ImportedRow, 'rowNumber'>;

/** Header words in Indonesian and English, compared case- and spacing-insensitively. */
const headerNames: Record<string, Column> = {
  nama: 'name',
  'nama lengkap': 'name',
  name: 'name',
  'full name': 'name',
  jabatan: 'position',
  position: 'position',
  title: 'position',
  instansi: 'office',
  'unit kerja': 'office',
  office: 'office',
  organisasi: 'office',
  organization: 'office',
  wilayah: 'region',
  'kode wilayah': 'region',
  region: 'region',
  nip: 'nip',
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function normaliseHeader(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

async function xlsxCells(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; Node's is the one it reads.
    await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new BadRequestError('importUnreadableFile', 'content');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadRequestError('importUnreadableFile', 'content');
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return rows;
}

/** Excel in Indonesian locales writes `;`-separated CSV; elsewhere `,`. The header line decides. */
function csvCells(content: Buffer): string[][] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new BadRequestError('importUnreadableFile', 'content');
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    throw new BadRequestError('importUnreadableFile', 'content');
  }
}

/** Reads a CSV or XLSX attendance list (told apart by content, not name) into rows. */
export async function readAttendanceFile(content: Buffer): Promise<ImportedRow[]> {
  const isZip = ZIP.every((b, i) => content[i] === b);
  const cells = isZip ? await xlsxCells(content) : csvCells(content);
  const [header = [], ...body] = cells;
  const columns = header.map((h) => headerNames[normaliseHeader(h)]);
  if (!columns.includes('name')) throw new BadRequestError('importMissingNameColumn', 'content');
  const rows: ImportedRow[] = [];
  body.forEach((cellsOfRow, index) => {
    const row: ImportedRow = {
      rowNumber: index + 2,
      name: '',
      position: '',
      office: '',
      region: '',
      nip: '',
    };
    columns.forEach((column, i) => {
      if (column) row[column] = (cellsOfRow[i] ?? '').trim().replace(/\s+/g, ' ');
    });
    if (row.name || row.position || row.office || row.region || row.nip) rows.push(row);
  });
  if (rows.length > MAX_PARTICIPANTS) throw new BadRequestError('tooMany', 'content', MAX_PARTICIPANTS);
  return rows;
}
