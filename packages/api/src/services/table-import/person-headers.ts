/**
 * The header words of a list of people (an attendance list, the people directory), in Indonesian
 * and English, lower case and single-spaced as `readTable` compares them.
 */
export const personHeaders = {
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
} as const;
