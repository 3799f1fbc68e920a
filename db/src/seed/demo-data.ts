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
  ['15.06', 'Kabupaten Tanjung Jabung Barat', 'tanjabbar'],
  ['15.07', 'Kabupaten Tanjung Jabung Timur', 'tanjabtim'],
  ['15.08', 'Kabupaten Bungo', 'bungo'],
  ['15.09', 'Kabupaten Tebo', 'tebo'],
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

/**
 * Meeting series (issue 19): the Rakornis 2025 follows the Forum Perangkat Daerah 2024 of the same
 * office, and carries over whatever the forum left open.
 */
export const demoMeetingSeries: { meeting: string; follows: string }[] = [
  { meeting: 'rakornis-2025', follows: 'forum-pd-2024' },
];

// --- What came out of the meetings (issue: proposals, commitments, action items) ---------------

export interface DemoProposal {
  key: string;
  title: string;
  description: string;
  proposers: string[];
  addressedTo: string;
  meetings: string[];
  /** Actions applied after creation, in order (the proposal is created as submitted). */
  afterSubmit: ('startReview' | 'accept' | 'acceptPartly')[];
  decisionNote?: string;
}

export const demoProposals: DemoProposal[] = [
  {
    key: 'tot-talent-digital',
    title: 'Program Training of Trainers (ToT) Talent Digital bagi ASN daerah',
    description:
      'Pelatihan pelatih (ToT) Talent Digital bagi ASN di Provinsi Jambi untuk meningkatkan kapasitas SDM pemerintah daerah dalam mendukung Satu Data Indonesia dan layanan publik berbasis digital.',
    proposers: ['diskominfo-jambi'],
    addressedTo: 'komdigi',
    meetings: ['audiensi-komdigi'],
    // Komdigi answered it with the blank-spot proposal in one reply (issue 19): capacity, not yet the ToT.
    afterSubmit: ['startReview', 'acceptPartly'],
    decisionNote:
      'Staf Khusus Menteri: peningkatan kapasitas digital ASN Jambi menjadi prioritas; bentuk dan jadwal ToT menyusul.',
  },
  {
    key: 'blank-spot-jambi',
    title: 'Penanganan blank spot di Kabupaten Kerinci, Merangin dan Bungo',
    description:
      'Pemerataan akses internet di desa-desa yang belum terjangkau jaringan telekomunikasi, terutama di Kabupaten Kerinci, Merangin dan Bungo.',
    proposers: ['diskominfo-jambi', 'diskominfo-kerinci', 'diskominfo-merangin', 'diskominfo-bungo'],
    addressedTo: 'komdigi',
    meetings: ['audiensi-komdigi'],
    afterSubmit: ['accept'],
    decisionNote:
      'Staf Khusus Menteri: Jambi menjadi salah satu daerah prioritas pengembangan akses internet.',
  },
];

export interface DemoCommitment {
  key: string;
  title: string;
  description?: string;
  party: string;
  person?: string;
  regions: string[];
  owner: string;
  ownerPerson?: string;
  meeting: string;
  /** The proposals it answers, in order (one reply can answer several). */
  proposals?: string[];
  dueInDays?: number;
  isPublic?: boolean;
  /** The agreement it is the party's part of (issue 19). */
  agreement?: string;
}

/**
 * Agreements (issue 19). Seed 003: Pemkab Banyuasin's one agreement with APJII and three internet
 * providers, made at the audiensi in Palembang; each partner's part is its own commitment.
 */
export interface DemoAgreement {
  key: string;
  kind: 'kesepakatan' | 'mou' | 'pks';
  title: string;
  description: string;
  owner: string;
  meeting: string;
  parties: { org: string; signatory?: string; signatoryPosition?: string }[];
  scopeItems: string[];
  signed?: { on: string; place: string };
}

export const demoAgreements: DemoAgreement[] = [
  {
    key: 'kesepakatan-banyuasin',
    kind: 'kesepakatan',
    title: 'Kesepakatan Kota dan Desa Digital Mandiri Kabupaten Banyuasin',
    description:
      'Kesepakatan Pemkab Banyuasin dengan mitra penyedia layanan internet untuk menghilangkan 67 titik blank spot dan mendorong ekonomi digital desa.',
    owner: 'diskominfo-banyuasin',
    meeting: 'audiensi-banyuasin',
    parties: [
      {
        org: 'pemkab-banyuasin',
        signatory: 'Ir. Erwin Ibrahim, ST., MM., MBA., IPU., ASEAN Eng',
        signatoryPosition: 'Sekretaris Daerah Kabupaten Banyuasin',
      },
      { org: 'apjii', signatory: 'Muhammad Yunus', signatoryPosition: 'Perwakilan APJII' },
      { org: 'jala-nusa' },
      { org: 'satata' },
      { org: 'djaya' },
    ],
    scopeItems: [
      'Revitalisasi infrastruktur pasif telekomunikasi',
      'Pembangunan infrastruktur broadband dan Edge Data Center',
      'Penyediaan layanan internet desa',
      'Peningkatan literasi digital produktif',
      'Pengembangan tata kelola dan SDM menuju Banyuasin Smart Regency',
    ],
    signed: { on: '2025-07-31', place: 'Palembang' },
  },
];

export const demoCommitments: DemoCommitment[] = [
  {
    key: 'komdigi-prioritas',
    title: 'Jambi menjadi daerah prioritas pengembangan akses internet dan peningkatan kapasitas digital ASN',
    description: 'Disampaikan Staf Khusus Menteri Komdigi Arnanto Nurprabowo pada audiensi 9 Februari.',
    party: 'komdigi',
    person: 'arnanto',
    regions: ['15'],
    owner: 'diskominfo-jambi',
    ownerPerson: 'ariansyah',
    meeting: 'audiensi-komdigi',
    // One reply to both proposals of the audiensi (issue 19).
    proposals: ['blank-spot-jambi', 'tot-talent-digital'],
    dueInDays: 120,
    isPublic: true,
  },
  {
    key: 'apjii-desa-digital',
    title: 'Mendukung program desa digital mandiri Kabupaten Banyuasin',
    description:
      'APJII siap bersama Pemkab Banyuasin mewujudkan desa digital mandiri dan pemberdayaan ekonomi desa.',
    party: 'apjii',
    person: 'yunus',
    regions: ['16.07'],
    owner: 'diskominfo-banyuasin',
    ownerPerson: 'salni',
    meeting: 'audiensi-banyuasin',
    agreement: 'kesepakatan-banyuasin',
    isPublic: true,
  },
  {
    key: 'mitra-infrastruktur',
    title: 'Revitalisasi infrastruktur pasif telekomunikasi, broadband dan Edge Data Center',
    description: 'Bagian PT Jala Nusa Telematika dalam kesepakatan dengan mitra penyedia layanan internet.',
    party: 'jala-nusa',
    regions: ['16.07'],
    owner: 'diskominfo-banyuasin',
    meeting: 'audiensi-banyuasin',
    agreement: 'kesepakatan-banyuasin',
    dueInDays: 200,
  },
  {
    key: 'mitra-internet-desa',
    title: 'Layanan internet desa untuk 67 titik blank spot',
    description: 'Bagian PT Satata Neka Tama dalam kesepakatan dengan mitra penyedia layanan internet.',
    party: 'satata',
    regions: ['16.07'],
    owner: 'diskominfo-banyuasin',
    meeting: 'audiensi-banyuasin',
    agreement: 'kesepakatan-banyuasin',
    dueInDays: 150,
  },
  {
    key: 'mitra-literasi',
    title: 'Literasi digital produktif serta tata kelola dan SDM menuju Banyuasin Smart Regency',
    description: 'Bagian PT Djaya Sampoerna Net dalam kesepakatan dengan mitra penyedia layanan internet.',
    party: 'djaya',
    regions: ['16.07'],
    owner: 'diskominfo-banyuasin',
    meeting: 'audiensi-banyuasin',
    agreement: 'kesepakatan-banyuasin',
    dueInDays: 90,
  },
];

/** Where a demo item stands, so the dashboard shows every state. */
export type DemoItemStage = 'open' | 'in_progress' | 'awaiting_verification' | 'done' | 'blocked';

export interface DemoActionItem {
  title: string;
  description: string;
  owner: string;
  source: { meeting: string } | { proposal: string } | { commitment: string };
  dueInDays: number;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  stage: DemoItemStage;
  progress?: number;
  /** The directive it is one office's share of (issue 19): issued first, then walked to its stage. */
  directive?: string;
}

/**
 * The Governor's two Rakornis 2025 directives (issue 19), issued by the province's Diskominfo to
 * the 11 regencies/cities in one step each; every office's item is in `demoActionItems`.
 */
export interface DemoDirective {
  key: string;
  title: string;
  instruction: string;
  meeting: string;
  issuer: string;
  issuerPerson: string;
  dueInDays: number;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
}

export const demoDirectives: DemoDirective[] = [
  {
    key: 'data-center',
    title: 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi',
    instruction:
      'Arahan Gubernur pada Rakornis 2025: gunakan Data Center Provinsi, bukan hosting berbayar di luar Jambi. Laporkan daftar aplikasi yang sudah dipindahkan.',
    meeting: 'rakornis-2025',
    issuer: 'diskominfo-jambi',
    issuerPerson: 'ariansyah',
    dueInDays: 20,
    priority: 'high',
  },
  {
    key: 'spbe-rencana-aksi',
    title: 'Susun rencana aksi kenaikan indeks SPBE 2026',
    instruction:
      'Target pemerintah pusat: nilai SPBE naik setiap tahun. Susun rencana aksi per domain SPBE dan kirimkan ke Diskominfo Provinsi.',
    meeting: 'rakornis-2025',
    issuer: 'diskominfo-jambi',
    issuerPerson: 'ariansyah',
    dueInDays: 30,
  },
];

const regencyKeys = jambiRegencies.map(([, , key]) => key);

/** Rakornis 2025 directives (`demoDirectives`), one item per regency/city office, in varied states. */
const rakornisItems: DemoActionItem[] = regencyKeys.flatMap((key, index): DemoActionItem[] => [
  {
    title: 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi',
    description:
      'Arahan Gubernur pada Rakornis 2025: gunakan Data Center Provinsi, bukan hosting berbayar di luar Jambi. Laporkan daftar aplikasi yang sudah dipindahkan.',
    owner: `diskominfo-${key}`,
    source: { meeting: 'rakornis-2025' },
    directive: 'data-center',
    // The directive's deadline, moved for each office as its head agreed (tighter or later).
    dueInDays: [-12, -3, 2, 9, 20, 35, 50, -20, 5, 14, 28][index] ?? 30,
    priority: 'high',
    stage:
      (
        [
          'in_progress',
          'open',
          'in_progress',
          'awaiting_verification',
          'in_progress',
          'open',
          'open',
          'blocked',
          'in_progress',
          'done',
          'open',
        ] as const
      )[index] ?? 'open',
    progress: [30, 0, 60, 100, 45, 0, 0, 20, 70, 100, 0][index] ?? 0,
  },
  {
    title: 'Susun rencana aksi kenaikan indeks SPBE 2026',
    description:
      'Target pemerintah pusat: nilai SPBE naik setiap tahun. Susun rencana aksi per domain SPBE dan kirimkan ke Diskominfo Provinsi.',
    owner: `diskominfo-${key}`,
    source: { meeting: 'rakornis-2025' },
    directive: 'spbe-rencana-aksi',
    dueInDays: [25, 40, -5, 12, 3, 60, 18, 30, -1, 45, 8][index] ?? 30,
    stage:
      (
        [
          'open',
          'in_progress',
          'in_progress',
          'done',
          'open',
          'open',
          'in_progress',
          'open',
          'open',
          'awaiting_verification',
          'in_progress',
        ] as const
      )[index] ?? 'open',
    progress: [0, 25, 40, 100, 0, 0, 50, 0, 0, 100, 35][index] ?? 0,
  },
]);

export const demoActionItems: DemoActionItem[] = [
  ...rakornisItems,
  {
    title: 'Perluas literasi digital dan penggunaan QRIS di pasar tradisional',
    description: 'Arahan Gubernur: masih ada masyarakat perkotaan yang belum menggunakan QRIS.',
    owner: 'diskominfo-kotajambi',
    source: { meeting: 'rakornis-2025' },
    dueInDays: 21,
    stage: 'in_progress',
    progress: 30,
  },
  {
    title: 'Siapkan daftar calon peserta ToT Talent Digital dari 11 kabupaten/kota',
    description: 'Bahan tindak lanjut usulan ToT ke Komdigi: nama, jabatan dan instansi calon pelatih.',
    owner: 'diskominfo-jambi',
    source: { proposal: 'tot-talent-digital' },
    dueInDays: 10,
    priority: 'high',
    stage: 'in_progress',
    progress: 50,
  },
  {
    title: 'Kirim daftar desa blank spot di Kerinci, Merangin dan Bungo ke BAKTI',
    description: 'Tindak lanjut komitmen Komdigi menjadikan Jambi daerah prioritas akses internet.',
    owner: 'diskominfo-jambi',
    source: { commitment: 'komdigi-prioritas' },
    dueInDays: -4,
    priority: 'urgent',
    stage: 'open',
  },
  {
    title: 'Petakan 67 titik blank spot Banyuasin untuk mitra penyedia internet',
    description: 'Bahan kerja sama Kota dan Desa Digital Mandiri.',
    owner: 'diskominfo-banyuasin',
    source: { commitment: 'mitra-internet-desa' },
    dueInDays: 6,
    stage: 'in_progress',
    progress: 40,
  },
];

export const demoMinutes: Record<string, { minutes: string; agenda: { title: string; notes?: string }[] }> = {
  'rakornis-2025': {
    agenda: [
      { title: 'Pembukaan oleh Gubernur Jambi' },
      { title: 'Arahan: SPBE, Data Center dan literasi digital' },
      { title: 'Paparan Kadis Kominfo Provinsi' },
      { title: 'Diskusi dan kesepakatan tindak lanjut' },
    ],
    minutes: [
      '## Arahan Gubernur Jambi',
      '- Seluruh daerah harus punya persepsi dan langkah yang sama dalam transformasi digital; 11 daerah merata, terkoneksi dan terintegrasi.',
      '- Nilai SPBE harus meningkat setiap tahun sesuai target pemerintah pusat.',
      '- Manfaatkan **Data Center Provinsi Jambi**; hentikan hosting berbayar di luar Jambi agar anggaran berputar di daerah.',
      '- Pemerataan literasi digital: masih ada masyarakat perkotaan yang belum memakai QRIS.',
      '',
      '## Ketua Panitia (Kadis Kominfo Provinsi)',
      '- Rakornis memperkuat sinergi Pemprov dengan OPD kabupaten/kota dalam layanan, penyimpanan dan pengamanan data.',
    ].join('\n'),
  },
  'audiensi-komdigi': {
    agenda: [
      { title: 'Paparan kondisi akses internet Provinsi Jambi' },
      { title: 'Usulan ToT Talent Digital bagi ASN' },
    ],
    minutes: [
      '## Paparan Diskominfo Provinsi Jambi',
      '- Akses internet belum merata, terutama di pedesaan dan daerah terpencil.',
      '- Blank spot masih ada di Kabupaten Kerinci, Merangin dan Bungo.',
      '- Usulan: Training of Trainers (ToT) Talent Digital bagi ASN untuk mendukung Satu Data Indonesia.',
      '',
      '## Tanggapan Komdigi',
      '- Jambi akan menjadi salah satu daerah prioritas pengembangan akses internet dan program peningkatan kapasitas digital ASN.',
    ].join('\n'),
  },
};

// --- Demo accounts: one per role. Their passwords are shown on the sign-in page in demo mode only.

export interface DemoUser {
  email: string;
  password: string;
  displayName: string;
  role: 'admin' | 'secretariat' | 'head' | 'staff' | 'viewer';
  org: string;
  person?: string;
  label: string;
}

export const demoUsers: DemoUser[] = [
  {
    email: 'kadis@kominfo.jambiprov.demo',
    password: 'kepala-demo-2026',
    displayName: 'Drs. Ariansyah, M.E.',
    role: 'head',
    org: 'diskominfo-jambi',
    person: 'ariansyah',
    label: 'Kepala Dinas Kominfo Provinsi Jambi',
  },
  {
    email: 'sekretariat@kominfo.jambiprov.demo',
    password: 'sekretariat-demo-2026',
    displayName: 'Sekretariat Diskominfo Provinsi Jambi',
    role: 'secretariat',
    org: 'diskominfo-jambi',
    label: 'Sekretariat Diskominfo Provinsi Jambi',
  },
  {
    email: 'staf@kominfo.kerincikab.demo',
    password: 'staf-demo-2026',
    displayName: 'Staf Diskominfo Kabupaten Kerinci',
    role: 'staff',
    org: 'diskominfo-kerinci',
    label: 'Staf Diskominfo Kabupaten Kerinci',
  },
  {
    email: 'pemantau@kominfo.tebokab.demo',
    password: 'pemantau-demo-2026',
    displayName: 'Pemantau Diskominfo Kabupaten Tebo',
    role: 'viewer',
    org: 'diskominfo-tebo',
    label: 'Pemantau Diskominfo Kabupaten Tebo',
  },
  {
    // An office without a region: Beranda and /wilayah compare the provinces (the national view).
    email: 'pemantau@komdigi.demo',
    password: 'komdigi-demo-2026',
    displayName: 'Pemantau Komdigi',
    role: 'viewer',
    org: 'komdigi',
    label: 'Pemantau Komdigi (nasional)',
  },
  {
    // Banyuasin's own secretariat keeps its agreement with APJII and the providers (issue 19).
    email: 'sekretariat@diskominfo.banyuasinkab.demo',
    password: 'banyuasin-demo-2026',
    displayName: 'Sekretariat Diskominfo SP Banyuasin',
    role: 'secretariat',
    org: 'diskominfo-banyuasin',
    label: 'Sekretariat Diskominfo SP Banyuasin',
  },
  {
    email: 'admin@kominfo.jambiprov.demo',
    password: 'admin-demo-2026',
    displayName: 'Admin Tindak',
    role: 'admin',
    org: 'diskominfo-jambi',
    label: 'Admin',
  },
];

/**
 * Kop surat and paper of the offices that print letters in the demo (issue 19). The articles give
 * no street address, so the line is generic rather than invented; F4 is what the province prints on.
 */
export const demoLetterheads: {
  org: string;
  paperSize: 'A4' | 'F4';
  government: string;
  address: string;
  /** Signs the invitation letters of its scheduled meetings. */
  signer: string;
}[] = [
  {
    org: 'diskominfo-jambi',
    paperSize: 'F4',
    government: 'PEMERINTAH PROVINSI JAMBI',
    address: 'Kawasan Perkantoran Pemerintah Provinsi Jambi, Kota Jambi',
    signer: 'ariansyah',
  },
];
