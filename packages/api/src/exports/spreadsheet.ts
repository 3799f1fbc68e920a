import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A cell: text, a number, a calendar day (`yyyy-MM-dd`) or nothing. */
export type Cell = string | number | { day: string } | null;

export interface SheetColumn {
  header: string;
  width: number;
}

export interface Sheet {
  /** Worksheet name and file name stem, e.g. `tindak-lanjut`. */
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

/** Days become Excel dates at UTC midnight, so no zone can move them to the day before. */
function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

const isDay = (cell: Cell): cell is { day: string } => typeof cell === 'object' && cell !== null;

/**
 * Text a spreadsheet program would run as a formula (OWASP, "CSV Injection": a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return), with an apostrophe before it so it stays text:
 * an item titled `=HYPERLINK(...)` must not act when the export is opened. The XLSX writes text
 * as text, never as a formula, but Excel turns it into one when the cell is edited and confirmed,
 * unless the apostrophe is there; both formats show the same value. Numbers and days are typed
 * values and stay as they are.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const textOf = (cell: Cell) => (typeof cell === 'string' ? inert(cell) : cell);

/**
 * Written row by row (ExcelJS's streaming writer): the workbook model of a 50,000-row export took
 * 780 MB of heap, more than a document thread is given.
 */
export async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Tindak';
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: inert(column.header),
    width: column.width,
    style: sheet.rows.some((row) => isDay(row[index] ?? null)) ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const row of sheet.rows) {
    worksheet.addRow(row.map((cell) => (isDay(cell) ? dayToDate(cell.day) : textOf(cell)))).commit();
  }
  worksheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** UTF-8 with a byte order mark (Excel otherwise guesses the code page), days as ISO dates. */
export function toCsv(sheet: Sheet): string {
  const records = sheet.rows.map((row) => row.map((cell) => (isDay(cell) ? cell.day : (textOf(cell) ?? ''))));
  const headers = sheet.columns.map((column) => inert(column.header));
  return `\uFEFF${stringify([headers, ...records], { record_delimiter: '\r\n' })}`;
}
