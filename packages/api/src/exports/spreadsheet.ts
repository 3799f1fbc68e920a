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

export async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tindak';
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(row.map((cell) => (cell && typeof cell === 'object' ? dayToDate(cell.day) : cell)));
  }
  sheet.columns.forEach((_column, index) => {
    const column = worksheet.getColumn(index + 1);
    if (sheet.rows.some((row) => typeof row[index] === 'object' && row[index] !== null)) {
      column.numFmt = 'dd/mm/yyyy';
    }
  });
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** UTF-8 with a byte order mark (Excel otherwise guesses the code page), days as ISO dates. */
export function toCsv(sheet: Sheet): string {
  const records = sheet.rows.map((row) =>
    row.map((cell) => (cell && typeof cell === 'object' ? cell.day : (cell ?? ''))),
  );
  return `\uFEFF${stringify([sheet.columns.map((c) => c.header), ...records], { record_delimiter: '\r\n' })}`;
}
