import { MAX_DIRECTORY_IMPORT_ROWS, type OrganizationKind } from '@tindak/shared';
import { personHeaders } from '../table-import/person-headers';
import { readTable, type TableRow, type TableShape } from '../table-import/read-table';

const officeColumns = ['name', 'kind', 'region', 'shortName'] as const;
const personColumns = ['name', 'position', 'office', 'region', 'nip', 'email'] as const;

export type OfficeRow = TableRow<(typeof officeColumns)[number]>;
export type PersonRow = TableRow<(typeof personColumns)[number]>;

/** An offices table: Nama, Jenis, Kode wilayah / Wilayah, Singkatan (Indonesian or English headers). */
const officeTable: TableShape<(typeof officeColumns)[number]> = {
  headers: {
    nama: 'name',
    'nama instansi': 'name',
    instansi: 'name',
    name: 'name',
    'office name': 'name',
    jenis: 'kind',
    'jenis instansi': 'kind',
    kind: 'kind',
    type: 'kind',
    'kode wilayah': 'region',
    wilayah: 'region',
    'region code': 'region',
    'region name': 'region',
    region: 'region',
    singkatan: 'shortName',
    'nama singkat': 'shortName',
    'short name': 'shortName',
    abbreviation: 'shortName',
  },
  columns: officeColumns,
  required: 'name',
  maxRows: MAX_DIRECTORY_IMPORT_ROWS,
};

/** A people table: Nama, Jabatan, Instansi, Wilayah, NIP, Email. */
const personTable: TableShape<(typeof personColumns)[number]> = {
  headers: {
    ...personHeaders,
    'region code': 'region',
    email: 'email',
    'e-mail': 'email',
    surel: 'email',
  },
  columns: personColumns,
  required: 'name',
  maxRows: MAX_DIRECTORY_IMPORT_ROWS,
};

export function readOfficeTable(content: Buffer): Promise<OfficeRow[]> {
  return readTable(content, officeTable);
}

export function readPersonTable(content: Buffer): Promise<PersonRow[]> {
  return readTable(content, personTable);
}

/** How people write an office's kind, in both languages, lower case: to the directory's kinds. */
const kindWords: Record<string, OrganizationKind> = {
  diskominfo: 'diskominfo',
  'dinas kominfo': 'diskominfo',
  'dinas komunikasi dan informatika': 'diskominfo',
  'it office': 'diskominfo',
  'pemerintah daerah': 'regional_government',
  pemda: 'regional_government',
  'regional government': 'regional_government',
  regional_government: 'regional_government',
  'perangkat daerah': 'regional_office',
  opd: 'regional_office',
  'perangkat daerah (opd)': 'regional_office',
  'regional office': 'regional_office',
  regional_office: 'regional_office',
  kementerian: 'ministry',
  ministry: 'ministry',
  badan: 'agency',
  lembaga: 'agency',
  'badan / lembaga': 'agency',
  agency: 'agency',
  perusahaan: 'company',
  company: 'company',
  asosiasi: 'association',
  association: 'association',
  lainnya: 'other',
  other: 'other',
};

/** The kind a cell names; undefined when it names none. */
export function kindFromCell(value: string): OrganizationKind | undefined {
  const key = value.toLowerCase().replace(/\s+/g, ' ').trim();
  return Object.hasOwn(kindWords, key) ? kindWords[key] : undefined;
}

/**
 * A cell a spreadsheet would run as a formula (or that came out of one): refused, so what is kept
 * is what a person typed (the exports guard formulas too, but a name like that helps nobody).
 */
export function formulaCell(row: Readonly<Record<string, string | number>>): string | undefined {
  for (const value of Object.values(row))
    if (typeof value === 'string' && value.startsWith('=')) return value;
  return undefined;
}
