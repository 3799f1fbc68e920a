import { MAX_PARTICIPANTS } from '@tindak/shared';
import { personHeaders } from '../table-import/person-headers';
import { readTable, type TableRow, type TableShape } from '../table-import/read-table';

const columns = ['name', 'position', 'office', 'region', 'nip'] as const;

/** One data row of an attendance list, as typed (trimmed); `rowNumber` counts the header as row 1. */
export type ImportedRow = TableRow<(typeof columns)[number]>;

/** An attendance list's columns; header words compared case- and spacing-insensitively. */
const attendanceTable: TableShape<(typeof columns)[number]> = {
  headers: personHeaders,
  columns,
  required: 'name',
  maxRows: MAX_PARTICIPANTS,
};

/** Reads a CSV or XLSX attendance list into rows, at most MAX_PARTICIPANTS of them. */
export function readAttendanceFile(content: Buffer): Promise<ImportedRow[]> {
  return readTable(content, attendanceTable);
}
