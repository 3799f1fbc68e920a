import { MAX_INDICATOR_IMPORT_ROWS } from '@tindak/shared';
import { readTable, type TableRow, type TableShape } from '../table-import/read-table';

const columns = ['code', 'region', 'period', 'value', 'predicate'] as const;
type Column = (typeof columns)[number];
export type ValueRow = TableRow<Column>;

/**
 * A table of values: kode_wilayah, wilayah, periode, nilai, predikat (the template's headers), as
 * the export writes them (Kode, Wilayah, Periode, Nilai, Predikat) or as people head a sheet of
 * scores ("Kabupaten/Kota", "Tahun", "Indeks"). A region is named by its code, its name, or both.
 */
const valueTable: TableShape<Column> = {
  headers: {
    kode_wilayah: 'code',
    'kode wilayah': 'code',
    kode: 'code',
    'kode kemendagri': 'code',
    region_code: 'code',
    'region code': 'code',
    code: 'code',
    wilayah: 'region',
    'nama wilayah': 'region',
    'kabupaten/kota': 'region',
    'kabupaten / kota': 'region',
    'kab/kota': 'region',
    'kab / kota': 'region',
    daerah: 'region',
    'pemerintah daerah': 'region',
    instansi: 'region',
    region: 'region',
    'region name': 'region',
    periode: 'period',
    tahun: 'period',
    period: 'period',
    year: 'period',
    nilai: 'value',
    skor: 'value',
    indeks: 'value',
    'nilai indeks': 'value',
    'indeks spbe': 'value',
    value: 'value',
    score: 'value',
    predikat: 'predicate',
    kategori: 'predicate',
    predicate: 'predicate',
    band: 'predicate',
  },
  columns,
  required: ['code', 'region'],
  missingHeader: 'indicatorImportMissingRegionColumn',
  maxRows: MAX_INDICATOR_IMPORT_ROWS,
};

/** Reads the file with the table reader's limits (bytes unpacked, rows), stopping at the first past them. */
export function readValueTable(content: Buffer): Promise<ValueRow[]> {
  return readTable(content, valueTable);
}

/**
 * A number as people type it: "4,27" (Indonesian) and "4.27" alike, "1.234,5" and "1,234.5" with
 * thousands separators, spaces ignored. undefined when the cell is not a number. Linear in the
 * cell's length (one pass, no backtracking), and the reader has capped that length already.
 */
export function parseNumber(text: string): number | undefined {
  const cell = text.replace(/[\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(cell) || cell.length > 40) return undefined;
  const lastDot = cell.lastIndexOf('.');
  const lastComma = cell.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastComma >= 0) decimal = cell.indexOf(',') === lastComma ? ',' : null;
  else if (lastDot >= 0) decimal = cell.indexOf('.') === lastDot ? '.' : null;
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : lastDot >= 0 ? '.' : ',';
  const plain = cell.split(thousands).join('').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) && Math.abs(value) <= 1e12 ? value : undefined;
}
