/**
 * Reference lists for the national benchmark data set (tests/bench/dataset.ts): the 38 provinces
 * with their Kemendagri codes, how many regencies and cities each has (2024 numbers, 514 in all),
 * the national bodies regional offices deal with, and the words titles and minutes are made of.
 */

export interface ProvinceSpec {
  code: string;
  name: string;
  /** Regencies plus cities. */
  regions: number;
  cities: number;
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
}

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

export const provinces: ProvinceSpec[] = [
  { code: '11', name: 'Aceh', regions: 23, cities: 5, timeZone: WIB },
  { code: '12', name: 'Sumatera Utara', regions: 33, cities: 8, timeZone: WIB },
  { code: '13', name: 'Sumatera Barat', regions: 19, cities: 7, timeZone: WIB },
  { code: '14', name: 'Riau', regions: 12, cities: 2, timeZone: WIB },
  { code: '15', name: 'Jambi', regions: 11, cities: 2, timeZone: WIB },
  { code: '16', name: 'Sumatera Selatan', regions: 17, cities: 4, timeZone: WIB },
  { code: '17', name: 'Bengkulu', regions: 10, cities: 1, timeZone: WIB },
  { code: '18', name: 'Lampung', regions: 15, cities: 2, timeZone: WIB },
  { code: '19', name: 'Kepulauan Bangka Belitung', regions: 7, cities: 1, timeZone: WIB },
  { code: '21', name: 'Kepulauan Riau', regions: 7, cities: 2, timeZone: WIB },
  { code: '31', name: 'DKI Jakarta', regions: 6, cities: 5, timeZone: WIB },
  { code: '32', name: 'Jawa Barat', regions: 27, cities: 9, timeZone: WIB },
  { code: '33', name: 'Jawa Tengah', regions: 35, cities: 6, timeZone: WIB },
  { code: '34', name: 'Daerah Istimewa Yogyakarta', regions: 5, cities: 1, timeZone: WIB },
  { code: '35', name: 'Jawa Timur', regions: 38, cities: 9, timeZone: WIB },
  { code: '36', name: 'Banten', regions: 8, cities: 4, timeZone: WIB },
  { code: '51', name: 'Bali', regions: 9, cities: 1, timeZone: WITA },
  { code: '52', name: 'Nusa Tenggara Barat', regions: 10, cities: 2, timeZone: WITA },
  { code: '53', name: 'Nusa Tenggara Timur', regions: 22, cities: 1, timeZone: WITA },
  { code: '61', name: 'Kalimantan Barat', regions: 14, cities: 2, timeZone: WIB },
  { code: '62', name: 'Kalimantan Tengah', regions: 14, cities: 1, timeZone: WIB },
  { code: '63', name: 'Kalimantan Selatan', regions: 13, cities: 2, timeZone: WITA },
  { code: '64', name: 'Kalimantan Timur', regions: 10, cities: 3, timeZone: WITA },
  { code: '65', name: 'Kalimantan Utara', regions: 5, cities: 1, timeZone: WITA },
  { code: '71', name: 'Sulawesi Utara', regions: 15, cities: 4, timeZone: WITA },
  { code: '72', name: 'Sulawesi Tengah', regions: 13, cities: 1, timeZone: WITA },
  { code: '73', name: 'Sulawesi Selatan', regions: 24, cities: 3, timeZone: WITA },
  { code: '74', name: 'Sulawesi Tenggara', regions: 17, cities: 2, timeZone: WITA },
  { code: '75', name: 'Gorontalo', regions: 6, cities: 1, timeZone: WITA },
  { code: '76', name: 'Sulawesi Barat', regions: 6, cities: 0, timeZone: WITA },
  { code: '81', name: 'Maluku', regions: 11, cities: 2, timeZone: WIT },
  { code: '82', name: 'Maluku Utara', regions: 10, cities: 2, timeZone: WIT },
  { code: '91', name: 'Papua', regions: 9, cities: 1, timeZone: WIT },
  { code: '92', name: 'Papua Barat', regions: 7, cities: 0, timeZone: WIT },
  { code: '93', name: 'Papua Selatan', regions: 4, cities: 0, timeZone: WIT },
  { code: '94', name: 'Papua Tengah', regions: 8, cities: 0, timeZone: WIT },
  { code: '95', name: 'Papua Pegunungan', regions: 8, cities: 0, timeZone: WIT },
  { code: '96', name: 'Papua Barat Daya', regions: 6, cities: 1, timeZone: WIT },
];

/** Synthetic regency and city names: a place-name prefix and a suffix (24 x 23 distinct pairs). */
export const placePrefixes = [
  'Tanjung',
  'Muara',
  'Batu',
  'Sungai',
  'Bukit',
  'Pulau',
  'Kuala',
  'Lubuk',
  'Teluk',
  'Padang',
  'Rantau',
  'Talang',
  'Air',
  'Ujung',
  'Tanah',
  'Lembah',
  'Gunung',
  'Danau',
  'Koto',
  'Sei',
  'Kampung',
  'Rawa',
  'Pasir',
  'Bandar',
];
export const placeSuffixes = [
  'Jaya',
  'Baru',
  'Raya',
  'Indah',
  'Makmur',
  'Sari',
  'Permai',
  'Hilir',
  'Hulu',
  'Tengah',
  'Panjang',
  'Merah',
  'Putih',
  'Hijau',
  'Emas',
  'Tinggi',
  'Lestari',
  'Sejahtera',
  'Agung',
  'Mulia',
  'Damai',
  'Kencana',
  'Harapan',
];

export interface NationalBody {
  name: string;
  shortName: string;
  kind: 'ministry' | 'agency' | 'company' | 'association' | 'other';
}

/** The first five are referred to by position (Komdigi, BAKTI, BSSN, BPS, Telkom). */
export const nationalBodies: NationalBody[] = [
  { name: 'Kementerian Komunikasi dan Digital', shortName: 'Komdigi', kind: 'ministry' },
  { name: 'Badan Aksesibilitas Telekomunikasi dan Informasi', shortName: 'BAKTI', kind: 'agency' },
  { name: 'Badan Siber dan Sandi Negara', shortName: 'BSSN', kind: 'agency' },
  { name: 'Badan Pusat Statistik', shortName: 'BPS', kind: 'agency' },
  { name: 'PT Telkom Indonesia (Persero) Tbk', shortName: 'Telkom', kind: 'company' },
  { name: 'Kementerian Dalam Negeri', shortName: 'Kemendagri', kind: 'ministry' },
  {
    name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    shortName: 'KemenPAN-RB',
    kind: 'ministry',
  },
  { name: 'Kementerian Perencanaan Pembangunan Nasional/Bappenas', shortName: 'Bappenas', kind: 'ministry' },
  { name: 'Direktorat Jenderal Infrastruktur Digital', shortName: 'Ditjen Infradig', kind: 'ministry' },
  { name: 'Direktorat Jenderal Ekosistem Digital', shortName: 'Ditjen Ekosistem Digital', kind: 'ministry' },
  { name: 'Badan Pengembangan Sumber Daya Manusia Komdigi', shortName: 'BPSDM Komdigi', kind: 'agency' },
  { name: 'Badan Riset dan Inovasi Nasional', shortName: 'BRIN', kind: 'agency' },
  { name: 'Badan Informasi Geospasial', shortName: 'BIG', kind: 'agency' },
  { name: 'Arsip Nasional Republik Indonesia', shortName: 'ANRI', kind: 'agency' },
  { name: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', shortName: 'LKPP', kind: 'agency' },
  { name: 'Badan Nasional Penanggulangan Bencana', shortName: 'BNPB', kind: 'agency' },
  { name: 'Komisi Informasi Pusat', shortName: 'KI Pusat', kind: 'agency' },
  { name: 'Ombudsman Republik Indonesia', shortName: 'Ombudsman RI', kind: 'agency' },
  { name: 'Asosiasi Penyelenggara Jasa Internet Indonesia', shortName: 'APJII', kind: 'association' },
  { name: 'Masyarakat Telematika Indonesia', shortName: 'Mastel', kind: 'association' },
  { name: 'PT Telekomunikasi Seluler', shortName: 'Telkomsel', kind: 'company' },
  { name: 'PT Indosat Tbk', shortName: 'Indosat', kind: 'company' },
  { name: 'PT XLSMART Telecom Sejahtera Tbk', shortName: 'XLSmart', kind: 'company' },
  { name: 'PT Jala Nusa Telematika', shortName: 'Jala Nusa', kind: 'company' },
  { name: 'PT Satata Neka Tama', shortName: 'Satata Neka Tama', kind: 'company' },
  { name: 'PT Djaya Sampoerna Net', shortName: 'Djaya Sampoerna Net', kind: 'company' },
  { name: 'PT Pos Indonesia (Persero)', shortName: 'Pos Indonesia', kind: 'company' },
  { name: 'Perum Percetakan Uang Republik Indonesia', shortName: 'Peruri', kind: 'company' },
  { name: 'PT Len Industri (Persero)', shortName: 'Len', kind: 'company' },
  { name: 'Balai Sertifikasi Elektronik', shortName: 'BSrE', kind: 'agency' },
];

export const firstNames = [
  'Ahmad',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gunawan',
  'Hendra',
  'Indah',
  'Joko',
  'Kurniawan',
  'Lestari',
  'Muhammad',
  'Nurul',
  'Oktaviani',
  'Putri',
  'Rahmat',
  'Siti',
  'Taufik',
  'Utami',
  'Vina',
  'Wahyu',
  'Yuni',
  'Zainal',
  'Agus',
  'Bambang',
  'Dian',
  'Fajar',
  'Hadi',
  'Irwan',
  'Lina',
  'Maya',
  'Nanda',
  'Rizky',
  'Sri',
  'Teguh',
  'Wulan',
  'Yusuf',
  'Andi',
  'Ratna',
  'Arif',
  'Desi',
  'Fauzan',
  'Heri',
  'Imam',
  'Januarti',
  'Kiki',
  'Mulyadi',
  'Novita',
  'Rudi',
  'Sari',
  'Tri',
  'Yanti',
  'Zulkifli',
  'Ayu',
  'Bayu',
  'Erna',
  'Firman',
  'Gita',
  'Hasan',
];

export const lastNames = [
  'Saputra',
  'Wijaya',
  'Hidayat',
  'Pratama',
  'Santoso',
  'Lubis',
  'Siregar',
  'Nasution',
  'Harahap',
  'Simanjuntak',
  'Putra',
  'Setiawan',
  'Susanto',
  'Rahman',
  'Hakim',
  'Fauzi',
  'Syahputra',
  'Ramadhan',
  'Hasibuan',
  'Tanjung',
  'Sitompul',
  'Daulay',
  'Effendi',
  'Maulana',
  'Firmansyah',
  'Hutapea',
  'Marpaung',
  'Sinaga',
  'Rangkuti',
  'Irawan',
  'Yulianto',
  'Nugroho',
  'Purnomo',
  'Wibowo',
  'Handoko',
  'Prasetyo',
  'Halim',
  'Sembiring',
  'Ginting',
  'Tarigan',
  'Manurung',
  'Panjaitan',
  'Batubara',
  'Chaniago',
  'Piliang',
  'Tambunan',
  'Ariansyah',
  'Kusuma',
  'Anwar',
  'Hamid',
];

export const nameSuffixes = [
  ', S.Kom.',
  ', S.T.',
  ', M.T.',
  ', S.E.',
  ', M.Si.',
  ', S.Sos.',
  ', M.Kom.',
  ', S.H.',
];

export const staffPositions = [
  'Kepala Bidang Aplikasi Informatika',
  'Kepala Bidang Infrastruktur TIK',
  'Kepala Bidang Statistik',
  'Kepala Bidang Persandian',
  'Kepala Bidang Informasi dan Komunikasi Publik',
  'Pranata Komputer Ahli Muda',
  'Pranata Komputer Ahli Pertama',
  'Analis Sistem Informasi',
  'Pranata Hubungan Masyarakat',
  'Statistisi Ahli Muda',
  'Sandiman Ahli Pertama',
  'Staf Bidang Aplikasi Informatika',
];

export const nationalPositions = [
  'Direktur',
  'Analis Kebijakan Ahli Madya',
  'Kepala Subdirektorat',
  'Tenaga Ahli',
  'Account Manager',
  'Koordinator Wilayah',
  'Staf Khusus',
  'Ketua Tim Kerja',
];

/** The rare search term appears in about one title in 2,000, in every searchable table. */
export const RARE_TERM = 'Geoportal';
export const COMMON_TERM = 'digital';

export const topics = [
  'Satu Data Indonesia',
  'keamanan siber',
  'penanganan blank spot',
  'pembangunan BTS 4G',
  'Command Center',
  'indeks SPBE',
  'literasi digital',
  'Data Center daerah',
  'transaksi digital QRIS',
  'aplikasi Srikandi',
  'jaringan intra pemerintah',
  'Smart City',
  'tanda tangan elektronik',
  'layanan PPID',
  'portal website OPD',
  'tim CSIRT',
  'internet desa',
  'Digital Talent Scholarship',
  'Government Transformation Academy',
  'statistik sektoral',
  'Pusat Data Nasional',
  'domain go.id',
  'interoperabilitas data',
  'Mal Pelayanan Publik Digital',
];

/** Meeting title templates by meeting type: {topic}, {region}, {prov}, {short}, {year}, {k}, {q}. */
export const meetingTitles: Record<string, string[]> = {
  rakornis: [
    'Rakornis Kominfo se-{prov} {year}',
    'Rapat Koordinasi Teknis {topic} {region}',
    'Rakornis {topic} Tahun {year}',
  ],
  rakor: [
    'Rakor {topic} {region}',
    'Rapat Koordinasi {topic} Triwulan {q} {year}',
    'Rakor Percepatan {topic} di {region}',
  ],
  audiensi: [
    'Audiensi {short} ke Komdigi: {topic}',
    'Audiensi {region} dengan BAKTI tentang {topic}',
    'Audiensi mitra penyedia internet: {topic} di {region}',
  ],
  forum: ['Forum SPBE {region} {year}', 'Forum Perangkat Daerah {short} {year}', 'Forum Satu Data {region}'],
  pelatihan: [
    'Pelatihan Talenta Digital: {topic} Angkatan {k}',
    'Training of Trainers (ToT) {topic} bagi ASN {region}',
    'Bimtek {topic} untuk OPD {region}',
  ],
  kunjungan_kerja: [
    'Kunjungan kerja ke lokasi BTS 4G {region}',
    'Kunjungan kerja Command Center {region}',
    'Kunjungan kerja peninjauan blank spot di {region}',
  ],
  lainnya: ['Rapat internal {topic}', 'Sosialisasi {topic} di {region}', 'Rapat evaluasi {topic} {year}'],
};

export const minuteSentences = [
  'Pimpinan rapat membuka acara dan menyampaikan arahan terkait {topic}.',
  'Peserta dari {region} memaparkan kondisi terkini dan kendala di lapangan.',
  'Disepakati penyusunan rencana aksi {topic} paling lambat akhir bulan.',
  'Perwakilan Komdigi menyampaikan dukungan program akses internet dan peningkatan kapasitas digital ASN.',
  'Masih terdapat titik blank spot yang perlu diverifikasi bersama BAKTI.',
  'Setiap OPD diminta memperbarui data pada portal Satu Data.',
  'Indeks SPBE tahun lalu menjadi bahan evaluasi bersama.',
  'Tim CSIRT melaporkan insiden keamanan siber yang telah ditangani.',
  'Notulis mencatat seluruh usulan dan komitmen untuk ditindaklanjuti.',
  'Rapat ditutup dengan kesepakatan jadwal pertemuan berikutnya.',
  'Penggunaan Data Center Provinsi didorong untuk menggantikan hosting berbayar di luar daerah.',
  'Literasi digital dan penggunaan QRIS di pasar tradisional perlu diperluas.',
];

export const agendaTitles = [
  'Pembukaan dan pengantar',
  'Paparan {topic}',
  'Diskusi dan tanya jawab',
  'Kesepakatan tindak lanjut',
];

export const places = [
  'Aula Diskominfo {region}',
  'Ruang Rapat Kantor Diskominfo {region}',
  'Hotel Grand Permata, {region}',
  'Auditorium Rumah Dinas Kepala Daerah, {region}',
  'Ruang Command Center {region}',
];

export const proposalTitles = [
  'Training of Trainers (ToT) Talenta Digital bagi ASN {region}',
  'Penambahan BTS 4G di {k} desa blank spot {region}',
  'Bantuan perangkat Command Center {region}',
  'Pendampingan penilaian indeks SPBE {region}',
  'Akses internet untuk {k} sekolah dan puskesmas di {region}',
  'Fasilitasi sertifikat elektronik bagi ASN {region}',
  'Integrasi statistik sektoral {region} ke Satu Data Indonesia',
  'Pelatihan keamanan siber untuk tim CSIRT {region}',
  'Hibah perangkat jaringan intra pemerintah {region}',
  'Kuota Digital Talent Scholarship untuk {region}',
  'Dukungan {topic} bagi {region}',
];

export const commitmentTitles = [
  '{party} memprioritaskan {region} dalam program akses internet',
  'Pembangunan {k} BTS 4G di wilayah blank spot {region}',
  'Alokasi kuota Digital Talent Scholarship bagi ASN {region}',
  'Pendampingan penyusunan arsitektur SPBE {region}',
  'Penyediaan layanan internet desa di {region}',
  'Dukungan perangkat Command Center untuk {region}',
  'Pelatihan tim CSIRT {region} oleh BSSN',
  'Integrasi data {region} ke Satu Data Indonesia',
  '{party} mendukung {topic} di {region}',
];

export const actionItemTitles = [
  'Susun laporan {topic} untuk {region}',
  'Kirim data {topic} ke {party}',
  'Petakan titik blank spot di {region}',
  'Siapkan bahan paparan {topic}',
  'Usulkan lokasi BTS 4G di {region}',
  'Perbarui dokumen arsitektur SPBE {region}',
  'Lakukan uji keamanan siber aplikasi layanan publik {region}',
  'Koordinasikan {topic} dengan {party}',
  'Siapkan daftar peserta pelatihan Talenta Digital dari {region}',
  'Migrasikan hosting aplikasi ke Data Center Provinsi',
  'Integrasikan statistik sektoral ke portal Satu Data',
  'Laporkan realisasi {topic} triwulan {q}',
  'Verifikasi data desa blank spot {region}',
  'Aktifkan layanan Command Center {region}',
  'Sosialisasikan penggunaan QRIS di pasar {region}',
];

export const actionItemDescriptions = [
  'Koordinasikan dengan bidang terkait dan unggah bukti pelaksanaan.',
  'Sampaikan hasilnya kepada pimpinan sebelum tenggat.',
  'Gunakan format yang disepakati dalam rapat.',
  'Libatkan camat dan kepala desa untuk verifikasi lapangan.',
  'Laporkan kendala anggaran bila ada.',
  'Pastikan data sudah divalidasi oleh BPS setempat.',
];

export const parties = ['Komdigi', 'BAKTI', 'BSSN', 'BPS', 'Diskominfo Provinsi', 'Telkom'];

export const delegationInstructions = [
  'Mohon segera ditindaklanjuti dan laporkan progresnya.',
  'Tolong disiapkan bahannya, koordinasikan dengan bidang terkait.',
  'Untuk ditindaklanjuti sesuai hasil rapat.',
];

export const evidenceNotes = [
  'Laporan pelaksanaan telah diunggah ke portal Satu Data.',
  'Berita acara dan dokumentasi kegiatan terlampir.',
  'Surat penyampaian data sudah dikirim.',
  'Hasil verifikasi lapangan terlampir.',
];

export const extensionReasons = [
  'Menunggu alokasi anggaran perubahan.',
  'Data dari kecamatan belum lengkap.',
  'Menunggu jadwal dari Komdigi.',
  'Perangkat belum diterima dari penyedia.',
];

export const blockReasons = [
  'Menunggu persetujuan anggaran',
  'Menunggu data dari OPD lain',
  'Kendala akses ke lokasi',
];

export const cancelReasons = [
  'Digabung dengan tindak lanjut lain',
  'Tidak relevan lagi setelah perubahan kebijakan',
  'Dialihkan ke instansi vertikal',
];

export const decisionNotes = [
  'Disetujui dan masuk rencana kerja tahun berjalan.',
  'Disetujui sebagian sesuai ketersediaan anggaran.',
  'Belum dapat dipenuhi tahun ini; diusulkan kembali tahun depan.',
  'Ditindaklanjuti melalui program nasional yang sudah berjalan.',
];
