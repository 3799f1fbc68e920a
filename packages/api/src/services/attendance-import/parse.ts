import { Readable } from 'node:stream';
import { MAX_PARTICIPANTS, withoutUnstorable } from '@tindak/shared';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadRequestError, DomainError } from '../../errors';
import { streamableWorkbook } from './xlsx-archive';

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

/** A row of the sheet as typed, with its number as the spreadsheet shows it (the header is 1). */
interface SheetRow {
  number: number;
  cells: string[];
}

function normaliseHeader(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Excel writes characters XML cannot carry (a line break's CR) as `_x000D_`. */
function decodeExcelEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** The first sheet, row by row as it streams in, so reading stops wherever the caller stops. */
async function* xlsxRows(content: Buffer): AsyncGenerator<SheetRow> {
  const workbook = streamableWorkbook(content);
  // Small pieces, so the sheet is parsed as far as it is read and not in one go.
  const pieces = Array.from({ length: Math.ceil(workbook.length / 65_536) }, (_, i) =>
    workbook.subarray(i * 65_536, (i + 1) * 65_536),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(pieces), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) cells.push(decodeExcelEscapes(row.getCell(c).text ?? ''));
        yield { number: row.number, cells };
      }
      return;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new BadRequestError('importUnreadableFile', 'content');
  }
}

/** Excel in Indonesian locales writes `;`-separated CSV; elsewhere `,`. The header line decides. */
function csvRows(content: Buffer): SheetRow[] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new BadRequestError('importUnreadableFile', 'content');
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
    return (records as string[][]).map((cells, index) => ({ number: index + 1, cells }));
  } catch {
    throw new BadRequestError('importUnreadableFile', 'content');
  }
}

/** A cell as a name can be stored: trimmed, spacing collapsed, no NUL or broken characters. */
function cellValue(value: string | undefined): string {
  return withoutUnstorable(value ?? '')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Reads a CSV or XLSX attendance list (told apart by content, not name) into rows. The header is
 * row 1; reading stops at the first row past MAX_PARTICIPANTS, so a long list costs no more.
 */
export async function readAttendanceFile(content: Buffer): Promise<ImportedRow[]> {
  const isZip = ZIP.every((b, i) => content[i] === b);
  let columns: (Column | undefined)[] | undefined;
  const rows: ImportedRow[] = [];
  for await (const { number, cells } of isZip ? xlsxRows(content) : csvRows(content)) {
    if (!columns) {
      columns = (number === 1 ? cells : []).map((h) => headerNames[normaliseHeader(h)]);
      if (!columns.includes('name')) throw new BadRequestError('importMissingNameColumn', 'content');
      if (number === 1) continue;
    }
    const row: ImportedRow = { rowNumber: number, name: '', position: '', office: '', region: '', nip: '' };
    columns.forEach((column, i) => {
      if (column) row[column] = cellValue(cells[i]);
    });
    if (!(row.name || row.position || row.office || row.region || row.nip)) continue;
    rows.push(row);
    if (rows.length > MAX_PARTICIPANTS) throw new BadRequestError('tooMany', 'content', MAX_PARTICIPANTS);
  }
  if (!columns) throw new BadRequestError('importMissingNameColumn', 'content');
  return rows;
}
