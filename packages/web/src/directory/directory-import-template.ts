import type { DirectoryImportKind } from '@tindak/shared';

/**
 * The template a person fills in, one per kind: the header row the import reads (Indonesian, `;`
 * as Indonesian Excel writes it) and one example row from the Jambi directory.
 */
const templates: Record<DirectoryImportKind, string[]> = {
  offices: [
    'Nama;Jenis;Kode wilayah;Singkatan',
    'Dinas Komunikasi dan Informatika Kabupaten Kerinci;Diskominfo;15.01;Diskominfo Kerinci',
  ],
  people: ['Nama;Jabatan;Instansi;NIP;Email', 'Ariansyah;Kepala Dinas;Diskominfo Provinsi Jambi;;'],
};

export const templateFileName: Record<DirectoryImportKind, string> = {
  offices: 'templat-instansi.csv',
  people: 'templat-orang.csv',
};

/** A link target for the template, made here so nothing has to be served. */
export function templateHref(kind: DirectoryImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templates[kind].join('\r\n')}\r\n`)}`;
}
