import { Readable } from 'node:stream';
import { type MessageKey, withoutUnstorable } from '@tindak/shared';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadRequestError, DomainError } from '../../errors';
import { streamableWorkbook } from './xlsx-archive';

/** One data row as typed (trimmed), by column; `rowNumber` counts the header as row 1. */
export type TableRow<C extends string> = Record<C, string> & { rowNumber: number };

/** What a kind of table looks like: its header words and the column a row cannot do without. */
export interface TableShape<C extends string> {
  /** Header words in Indonesian and English, lower case, single-spaced. */
  headers: Readonly<Record<string, C>>;
  columns: readonly C[];
  /**
   * The header must name it (the name), or one of them when several (a region's code or name);
   * otherwise the file is not this kind of table.
   */
  required: C | readonly C[];
  /** What the file is told when the header lacks it (default: the Name column is missing). */
  missingHeader?: MessageKey;
  /** Reading stops with an error at the first data row past this many. */
  maxRows: number;
}

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
        for (let c = 1; c <= row.cellCount; c++) {
          const cell = row.getCell(c);
          // A formula is shown as typed, not as the value it last computed: the reader decides.
          cells.push(cell.formula ? `=${cell.formula}` : decodeExcelEscapes(cell.text ?? ''));
        }
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

const missingHeader = (shape: { missingHeader?: MessageKey }) =>
  new BadRequestError(shape.missingHeader ?? 'importMissingNameColumn', 'content');

/** A cell as a name can be stored: trimmed, spacing collapsed, no NUL or broken characters. */
function cellValue(value: string | undefined): string {
  return withoutUnstorable(value ?? '')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Reads a CSV or XLSX table (told apart by content, not name) into rows by column. The header is
 * row 1; blank rows are left out; reading stops at the first row past `shape.maxRows`, so a long
 * file costs no more than a full one.
 */
export async function readTable<C extends string>(
  content: Buffer,
  shape: TableShape<C>,
): Promise<TableRow<C>[]> {
  const isZip = ZIP.every((b, i) => content[i] === b);
  let columns: (C | undefined)[] | undefined;
  const rows: TableRow<C>[] = [];
  for await (const { number, cells } of isZip ? xlsxRows(content) : csvRows(content)) {
    if (!columns) {
      columns = (number === 1 ? cells : []).map((h) => shape.headers[normaliseHeader(h)]);
      const required: readonly C[] = Array.isArray(shape.required) ? shape.required : [shape.required];
      if (!required.some((column) => columns?.includes(column))) throw missingHeader(shape);
      if (number === 1) continue;
    }
    const row = { rowNumber: number } as TableRow<C>;
    for (const column of shape.columns) (row as Record<C, string>)[column] = '';
    columns.forEach((column, i) => {
      if (column) (row as Record<C, string>)[column] = cellValue(cells[i]);
    });
    if (shape.columns.every((column) => row[column] === '')) continue;
    rows.push(row);
    if (rows.length > shape.maxRows) throw new BadRequestError('tooMany', 'content', shape.maxRows);
  }
  if (!columns) throw missingHeader(shape);
  return rows;
}
