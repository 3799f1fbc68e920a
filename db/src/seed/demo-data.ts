/**
 * Demo data taken from the five source articles (shared/seeds). Offices and people are written as
 * the articles name them; nobody is invented. Keys (`org`, `person`) tie the records together and
 * are resolved to ids when the data is applied through the API's services (so events are written).
 */
export interface DemoOrganization {
  key: string;
  name: string;
  shortName?: string;
  kind:
    | 'diskominfo'
    | 'regional_government'
    | 'regional_office'
    | 'ministry'
    | 'agency'
    | 'company'
    | 'association';
  regionCode: string | null;
}

export interface DemoPerson {
  key: string;
  fullName: string;
  position: string;
  org: string;
}

export type DemoParticipant =
  | { person: string; role?: Role; org?: string }
  | { guest: string; position?: string; org: string; role?: Role };

type Role = 'chair' | 'minute_taker' | 'speaker' | 'resource_person' | 'participant' | 'organizer';

export interface DemoMeeting {
  key: string;
  source: string;
  type: 'audiensi' | 'rakornis' | 'forum' | 'pelatihan';
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  host: string;
  summary: string;
  participants: DemoParticipant[];
}

const jambiRegencies: [code: string, name: string, key: string][] = [
  ['15.01', 'Kabupaten Kerinci', 'kerinci'],
  ['15.02', 'Kabupaten Merangin', 'merangin'],
  ['15.03', 'Kabupaten Sarolangun', 'sarolangun'],
  ['15.04', 'Kabupaten Batang Hari', 'batanghari'],
  ['15.05', 'Kabupaten Muaro Jambi', 'muarojambi'],
  ['15.06', 'Kabupaten Tanjung Jabung Timur', 'tanjabtim'],
  ['15.07', 'Kabupaten Tanjung Jabung Barat', 'tanjabbar'],
  ['15.08', 'Kabupaten Tebo', 'tebo'],
  ['15.09', 'Kabupaten Bungo', 'bungo'],
  ['15.71', 'Kota Jambi', 'kotajambi'],
  ['15.72', 'Kota Sungai Penuh', 'sungaipenuh'],
];

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'diskominfo-jambi',
    name: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
    shortName: 'Diskominfo Prov. Jambi',
    kind: 'diskominfo',
    regionCode: '15',
  },
  {
    key: 'pemprov-jambi',
    name: 'Pemerintah Provinsi Jambi',
    shortName: 'Pemprov Jambi',
    kind: 'regional_government',
    regionCode: '15',
  },
  {
    key: 'bappeda-jambi',
    name: 'Badan Perencanaan Pembangunan Daerah Provinsi Jambi',
    shortName: 'Bappeda Prov. Jambi',
    kind: 'regional_office',
    regionCode: '15',
  },
  {
    key: 'bps-jambi',
    name: 'Badan Pusat Statistik Provinsi Jambi',
    shortName: 'BPS Prov. Jambi',
    kind: 'agency',
    regionCode: '15',
  },
  ...jambiRegencies.map(
    ([code, name, key]): DemoOrganization => ({
      key: `diskominfo-${key}`,
      name: `Dinas Komunikasi dan Informatika ${name}`,
      shortName: `Diskominfo ${name.replace('Kabupaten ', 'Kab. ')}`,
      kind: 'diskominfo',
      regionCode: code,
    }),
  ),
  {
    key: 'pemkot-jambi',
    name: 'Pemerintah Kota Jambi',
    shortName: 'Pemkot Jambi',
    kind: 'regional_government',
    regionCode: '15.71',
  },
  {
    key: 'komdigi',
    name: 'Kementerian Komunikasi dan Digital Republik Indonesia',
    shortName: 'Komdigi',
    kind: 'ministry',
    regionCode: null,
  },
  {
    key: 'bakti',
    name: 'Badan Aksesibilitas Telekomunikasi dan Informasi (BAKTI) Komdigi',
    shortName: 'BAKTI',
    kind: 'agency',
    regionCode: null,
  },
  {
    key: 'kominfo-diklat',
    name: 'Badan Diklat Kementerian Komunikasi dan Informatika',
    shortName: 'Badan Diklat Kominfo',
    kind: 'agency',
    regionCode: null,
  },
  {
    key: 'pemkab-banyuasin',
    name: 'Pemerintah Kabupaten Banyuasin',
    shortName: 'Pemkab Banyuasin',
    kind: 'regional_government',
    regionCode: '16.07',
  },
  {
    key: 'diskominfo-banyuasin',
    name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Banyuasin',
    shortName: 'Diskominfo SP Banyuasin',
    kind: 'diskominfo',
    regionCode: '16.07',
  },
  {
    key: 'dpmd-banyuasin',
    name: 'Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banyuasin',
    shortName: 'Dinas PMD Banyuasin',
    kind: 'regional_office',
    regionCode: '16.07',
  },
  {
    key: 'disdikbud-banyuasin',
    name: 'Dinas Pendidikan dan Kebudayaan Kabupaten Banyuasin',
    shortName: 'Disdikbud Banyuasin',
    kind: 'regional_office',
    regionCode: '16.07',
  },
  { key: 'jala-nusa', name: 'PT Jala Nusa Telematika', kind: 'company', regionCode: null },
  { key: 'satata', name: 'PT Satata Neka Tama', kind: 'company', regionCode: null },
  { key: 'djaya', name: 'PT Djaya Sampoerna Net', kind: 'company', regionCode: null },
  {
    key: 'apjii',
    name: 'Asosiasi Penyelenggara Jasa Internet Indonesia',
    shortName: 'APJII',
    kind: 'association',
    regionCode: null,
  },
];

export const demoPeople: DemoPerson[] = [
  {
    key: 'ariansyah',
    fullName: 'Drs. Ariansyah, M.E.',
    position: 'Kepala Dinas Komunikasi dan Informatika Provinsi Jambi',
    org: 'diskominfo-jambi',
  },
  { key: 'al-haris', fullName: 'Al Haris', position: 'Gubernur Jambi', org: 'pemprov-jambi' },
  {
    key: 'arnanto',
    fullName: 'Arnanto Nurprabowo',
    position: 'Staf Khusus Menteri Bidang Komunikasi Politik',
    org: 'komdigi',
  },
  { key: 'maulana', fullName: 'Maulana', position: 'Wakil Wali Kota Jambi', org: 'pemkot-jambi' },
  {
    key: 'resnaldi',
    fullName: 'Resnaldi',
    position: 'Perwakilan Badan Diklat Kementerian Kominfo',
    org: 'kominfo-diklat',
  },
  {
    key: 'erwin',
    fullName: 'Ir. Erwin Ibrahim, ST., MM., MBA., IPU., ASEAN Eng',
    position: 'Sekretaris Daerah Kabupaten Banyuasin',
    org: 'pemkab-banyuasin',
  },
  {
    key: 'salni',
    fullName: 'Dr. H. Salni Pajar, S.Ag., M.Hi.',
    position: 'Kepala Dinas Kominfo SP Kabupaten Banyuasin',
    org: 'diskominfo-banyuasin',
  },
  {
    key: 'rayan',
    fullName: 'Rayan Nurdinsyah, S.STP., M.Si.',
    position: 'Kepala Dinas PMD Kabupaten Banyuasin',
    org: 'dpmd-banyuasin',
  },
  {
    key: 'aminuddin',
    fullName: 'Aminuddin, S.Pd., S.IP., M.Si.',
    position: 'Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Banyuasin',
    org: 'disdikbud-banyuasin',
  },
  { key: 'yunus', fullName: 'Muhammad Yunus', position: 'Perwakilan APJII', org: 'apjii' },
];

const representative = (key: string, name: string): DemoParticipant => ({
  guest: `Perwakilan Diskominfo ${name}`,
  position: 'Perwakilan',
  org: `diskominfo-${key}`,
});

const allRegencies = jambiRegencies.map(([, name, key]) => representative(key, name));

export const demoMeetings: DemoMeeting[] = [
  {
    key: 'audiensi-komdigi',
    source: '000',
    type: 'audiensi',
    title: 'Audiensi Diskominfo se-Provinsi Jambi ke Kementerian Komunikasi dan Digital',
    // The article says "Senin 09 Februari 2025", a Sunday; Monday 9 February is in 2026.
    startsAt: '2026-02-09T09:00:00+07:00',
    endsAt: '2026-02-09T12:00:00+07:00',
    place: 'Kantor Kementerian Komunikasi dan Digital, Jakarta',
    host: 'diskominfo-jambi',
    summary:
      'Kadis Kominfo Provinsi Jambi memaparkan akses internet yang belum merata, terutama di pedesaan dan daerah terpencil; blank spot masih ada di Kabupaten Kerinci, Merangin dan Bungo. Diusulkan program Training of Trainers (ToT) Talent Digital bagi ASN daerah untuk mendukung Satu Data Indonesia. Staf Khusus Menteri menyatakan Jambi menjadi salah satu daerah prioritas pengembangan akses internet dan peningkatan kapasitas digital ASN.',
    participants: [
      { person: 'ariansyah', role: 'chair' },
      { person: 'arnanto', role: 'speaker' },
      { guest: 'Tim Pengembangan Aparatur Digital', org: 'komdigi' },
      { guest: 'Tim Penguatan Ekosistem Startup', org: 'komdigi' },
      { guest: 'Tim Supervisi Layanan BAKTI', org: 'bakti' },
      { guest: 'Tenaga Ahli Kementerian', org: 'komdigi' },
      representative('tanjabtim', 'Kabupaten Tanjung Jabung Timur'),
      representative('tanjabbar', 'Kabupaten Tanjung Jabung Barat'),
      representative('batanghari', 'Kabupaten Batang Hari'),
      representative('sungaipenuh', 'Kota Sungai Penuh'),
      representative('kerinci', 'Kabupaten Kerinci'),
      representative('tebo', 'Kabupaten Tebo'),
      representative('merangin', 'Kabupaten Merangin'),
      {
        guest: 'Sekretaris Diskominfo Kabupaten Bungo',
        position: 'Sekretaris Dinas',
        org: 'diskominfo-bungo',
      },
    ],
  },
  {
    key: 'rakornis-2025',
    source: '001',
    type: 'rakornis',
    title: 'Rapat Koordinasi Teknis (Rakornis) Bidang Komunikasi dan Informatika 2025',
    startsAt: '2025-11-03T09:00:00+07:00',
    endsAt: '2025-11-03T15:00:00+07:00',
    place: 'Auditorium Rumah Dinas Gubernur Jambi',
    host: 'diskominfo-jambi',
    summary:
      'Dibuka Gubernur Jambi Al Haris dan diikuti Kominfo 11 kabupaten/kota. Arahan: nilai SPBE harus naik setiap tahun; manfaatkan Data Center Provinsi Jambi alih-alih hosting berbayar di luar Jambi; pemerataan literasi digital; perluasan penggunaan QRIS. Tujuan: memperkuat sinergi Pemprov dengan OPD kabupaten/kota dalam layanan, penyimpanan dan pengamanan data.',
    participants: [
      { person: 'ariansyah', role: 'chair' },
      { person: 'al-haris', role: 'speaker' },
      ...allRegencies,
    ],
  },
  {
    key: 'gta-dts-2022',
    source: '002',
    type: 'pelatihan',
    title:
      'Pelatihan Government Transformation Academy (GTA) dan Digital Talent Scholarship bagi ASN Kota Jambi',
    startsAt: '2022-08-01T08:00:00+07:00',
    endsAt: '2022-08-05T16:00:00+07:00',
    place: 'Kota Jambi',
    host: 'pemkot-jambi',
    summary:
      'Pelatihan digital GTA/DTS bagi 112 ASN dan PKK dari semua OPD yang mengelola TI (desain grafis, manajemen risiko, pengamanan data). Kota Jambi mendapat kuota 10.000 peserta Digital Scholarship Academy. Mendukung implementasi smart city.',
    participants: [
      { person: 'maulana', role: 'speaker' },
      { person: 'resnaldi', role: 'resource_person' },
      { guest: 'Perwakilan Diskominfo Kota Jambi', position: 'Perwakilan', org: 'diskominfo-kotajambi' },
    ],
  },
  {
    key: 'audiensi-banyuasin',
    source: '003',
    type: 'audiensi',
    title: 'Audiensi Pemkab Banyuasin dengan Mitra Penyedia Layanan Internet: Kota dan Desa Digital Mandiri',
    startsAt: '2025-07-31T09:00:00+07:00',
    endsAt: '2025-07-31T12:00:00+07:00',
    place: 'Hotel Alts Palembang',
    host: 'pemkab-banyuasin',
    summary:
      'Masih ada 67 titik blank spot di Kabupaten Banyuasin. Kesepakatan dengan mitra mencakup revitalisasi infrastruktur pasif telekomunikasi, pembangunan broadband dan Edge Data Center, layanan internet desa, literasi digital produktif, serta tata kelola dan SDM menuju Banyuasin Smart Regency. APJII menyatakan siap mendukung desa digital mandiri.',
    participants: [
      { person: 'erwin', role: 'chair' },
      { person: 'salni' },
      { person: 'rayan' },
      { person: 'aminuddin' },
      { person: 'yunus', role: 'speaker' },
      { guest: 'Perwakilan PT Jala Nusa Telematika', org: 'jala-nusa' },
      { guest: 'Perwakilan PT Satata Neka Tama', org: 'satata' },
      { guest: 'Perwakilan PT Djaya Sampoerna Net', org: 'djaya' },
    ],
  },
  {
    key: 'forum-pd-2024',
    source: '004',
    type: 'forum',
    title: 'Forum Perangkat Daerah Dinas Kominfo Provinsi Jambi 2024',
    startsAt: '2024-03-06T08:30:00+07:00',
    endsAt: '2024-03-06T15:00:00+07:00',
    place: 'Wiltop Hotel Jambi, Kota Jambi',
    host: 'diskominfo-jambi',
    summary:
      'Tema: "Sinergitas Dinas Kominfo Menuju Tercapainya Sasaran Daerah di Bidang Kominfo, Persandian dan Statistik", sekitar 55 peserta. Nilai SPBE: Kota Jambi 4,27; Pemprov Jambi 3,31; Batang Hari 3,11; Sarolangun 2,91; Tanjung Jabung Timur 2,81; Tebo 2,62; Bungo, Merangin, Kerinci, Muaro Jambi dan Sungai Penuh predikat cukup; Tanjung Jabung Barat predikat kurang. Narasumber dari BPS dan Bappeda.',
    participants: [
      { person: 'ariansyah', role: 'chair' },
      { guest: 'Narasumber Badan Pusat Statistik', org: 'bps-jambi', role: 'resource_person' },
      { guest: 'Narasumber Bappeda Provinsi Jambi', org: 'bappeda-jambi', role: 'resource_person' },
      ...allRegencies,
    ],
  },
];
