import type { Language } from '@tindak/shared';
import type {
  AccountLinkMail,
  DailySummaryMail,
  DigestContent,
  DigestMail,
  MailRecipient,
  NotificationFacts,
  NotificationMail,
} from './content';

/**
 * Demo content for every template, taken from the source meetings (Audiensi Diskominfo Provinsi
 * Jambi to Komdigi, Rakornis Kominfo 2025, the Kota Jambi DTS training). Used by the sample
 * renderer script and by the template tests, so both look at mail a real office would get.
 */

const base = 'https://tindak.jambiprov.go.id';
export const sampleLinks = {
  app: `${base}/`,
  settings: `${base}/akun`,
  item: (n: number) =>
    `${base}/tindak-lanjut/0b9e6a3c-51f2-4c1e-9d1a-0000000000${String(n).padStart(2, '0')}`,
  commitment: (n: number) =>
    `${base}/komitmen/7d0c2f4e-93b1-4a57-8e2c-0000000000${String(n).padStart(2, '0')}`,
  proposal: (n: number) => `${base}/usulan/3f1a9b2c-6d4e-4f80-a1b2-0000000000${String(n).padStart(2, '0')}`,
  meeting: (n: number) => `${base}/rapat/c2d4e6f8-1a3b-4c5d-8e9f-0000000000${String(n).padStart(2, '0')}`,
  setPassword: `${base}/atur-kata-sandi?token=q8Zr4kLw2VnX7tYb9PcD3mHs`,
};

export function sampleRecipient(language: Language): MailRecipient {
  return { name: 'Rina Marlina, S.Kom.', language, timeZone: 'Asia/Jakarta' };
}

const longOffice = 'Dinas Komunikasi dan Informatika Kabupaten Tanjung Jabung Timur';

/** One notification of every kind, plus the rejected outcomes, keyed for file names. */
export const sampleNotifications: Record<string, NotificationFacts> = {
  assigned: {
    kind: 'assigned',
    title: 'Penyusunan Rencana Aksi SPBE 2027',
    url: sampleLinks.item(1),
    actorName: 'Drs. Ariansyah, M.E.',
    officeName: 'Diskominfo Kabupaten Kerinci',
    dueDate: '2026-12-15',
  },
  delegated: {
    kind: 'delegated',
    title: 'Pendataan desa blank spot di Kabupaten Merangin',
    url: sampleLinks.item(2),
    actorName: 'Kabid Infrastruktur TIK Diskominfo Provinsi Jambi',
    officeName: 'Diskominfo Kabupaten Merangin',
    dueDate: '2026-12-20',
    note: 'Koordinasikan dengan BAKTI dan operator seluler; kirim daftar desa beserta titik koordinatnya.',
  },
  dueSoon3: {
    kind: 'dueSoon3',
    title: 'Migrasi layanan hosting OPD ke Pusat Data Provinsi Jambi',
    url: sampleLinks.item(3),
    actorName: null,
    officeName: 'Diskominfo Kota Sungai Penuh',
    dueDate: '2026-11-30',
  },
  dueSoon1: {
    kind: 'dueSoon1',
    title: 'Laporan peserta pelatihan Digital Talent Scholarship (GTA) Kota Jambi',
    url: sampleLinks.item(4),
    actorName: null,
    officeName: 'Diskominfo Kota Jambi',
    dueDate: '2026-11-28',
  },
  overdue: {
    kind: 'overdue',
    title: 'Usulan peserta Training of Trainers (ToT) Talent Digital bagi ASN',
    url: sampleLinks.item(5),
    actorName: null,
    officeName: longOffice,
    dueDate: '2026-11-20',
  },
  extensionRequested: {
    kind: 'extensionRequested',
    title: 'Pemetaan titik blank spot Kabupaten Bungo',
    url: sampleLinks.item(6),
    actorName: 'Sekretaris Diskominfo Kabupaten Bungo',
    officeName: 'Diskominfo Kabupaten Bungo',
    dueDate: '2026-11-30',
    requestedDueDate: '2027-01-15',
    note: 'Data titik blank spot dari BAKTI Komdigi baru diterima pekan depan.',
  },
  extensionApproved: {
    kind: 'extensionDecided',
    title: 'Pemetaan titik blank spot Kabupaten Bungo',
    url: sampleLinks.item(6),
    actorName: 'Drs. Ariansyah, M.E.',
    officeName: 'Diskominfo Kabupaten Bungo',
    dueDate: '2026-11-30',
    requestedDueDate: '2027-01-15',
    outcome: 'approved',
    note: 'Disetujui; laporkan kemajuan setiap dua pekan.',
  },
  extensionRejected: {
    kind: 'extensionDecided',
    title: 'Penyampaian data Satu Data Indonesia triwulan IV',
    url: sampleLinks.item(7),
    actorName: 'Drs. Ariansyah, M.E.',
    officeName: 'Diskominfo Kabupaten Tebo',
    dueDate: '2026-12-05',
    requestedDueDate: '2027-01-10',
    outcome: 'rejected',
    note: 'Tenggat mengikuti jadwal Bappeda; tidak dapat digeser.',
  },
  evidenceSubmitted: {
    kind: 'evidenceSubmitted',
    title: 'Sosialisasi pembayaran digital QRIS bagi OPD',
    url: sampleLinks.item(8),
    actorName: 'Ahmad Fauzi, S.T.',
    officeName: 'Diskominfo Kabupaten Batang Hari',
    dueDate: '2026-11-27',
  },
  verifiedAccepted: {
    kind: 'verified',
    title: 'Sosialisasi pembayaran digital QRIS bagi OPD',
    url: sampleLinks.item(8),
    actorName: 'Drs. Ariansyah, M.E.',
    officeName: 'Diskominfo Kabupaten Batang Hari',
    dueDate: '2026-11-27',
    outcome: 'accepted',
  },
  verifiedRejected: {
    kind: 'verified',
    title: 'Laporan literasi digital masyarakat Kabupaten Sarolangun',
    url: sampleLinks.item(9),
    actorName: 'Drs. Ariansyah, M.E.',
    officeName: 'Diskominfo Kabupaten Sarolangun',
    dueDate: '2026-11-25',
    outcome: 'rejected',
    note: 'Lampirkan daftar hadir yang sudah ditandatangani dan foto kegiatan.',
  },
  commitmentStatusChanged: {
    kind: 'commitmentStatusChanged',
    title:
      'Provinsi Jambi menjadi wilayah prioritas program akses internet dan peningkatan kapasitas digital ASN',
    url: sampleLinks.commitment(1),
    actorName: 'Rina Marlina, S.Kom.',
    officeName: 'Kementerian Komunikasi dan Digital (Komdigi)',
    dueDate: null,
    fromStatus: 'open',
    toStatus: 'in_progress',
  },
};

export function sampleNotificationMail(key: string, language: Language): NotificationMail {
  const notification = sampleNotifications[key];
  if (!notification) throw new Error(`No sample notification "${key}"`);
  return { recipient: sampleRecipient(language), notification, settingsUrl: sampleLinks.settings };
}

export function sampleDailySummaryMail(language: Language): DailySummaryMail {
  const n = sampleNotifications;
  return {
    recipient: sampleRecipient(language),
    date: '2026-11-27',
    notifications: [n.assigned, n.overdue, n.dueSoon1, n.evidenceSubmitted].flatMap((x) => (x ? [x] : [])),
    appUrl: sampleLinks.app,
    settingsUrl: sampleLinks.settings,
  };
}

export function sampleAccountLinkMail(purpose: 'invite' | 'reset', language: Language): AccountLinkMail {
  return {
    recipient: sampleRecipient(language),
    purpose,
    url: sampleLinks.setPassword,
    expiresAt: '2026-11-30T07:00:00.000Z',
    ...(purpose === 'invite'
      ? { invitedBy: 'Admin Diskominfo Provinsi Jambi', role: 'staff', officeName: longOffice }
      : {}),
  };
}

const regions = [
  ['Kab. Kerinci', 6, 4, 1],
  ['Kab. Merangin', 3, 5, 2],
  ['Kab. Sarolangun', 4, 2, 0],
  ['Kab. Batang Hari', 5, 1, 0],
  ['Kab. Muaro Jambi', 2, 3, 1],
  ['Kab. Tanjung Jabung Timur', 1, 4, 2],
  ['Kab. Tanjung Jabung Barat', 3, 3, 0],
  ['Kab. Tebo', 2, 2, 1],
  ['Kab. Bungo', 4, 3, 1],
  ['Kota Jambi', 7, 2, 0],
  ['Kota Sungai Penuh', 2, 1, 0],
] as const;

export function sampleDigestContent(withRegionTable: boolean): DigestContent {
  return {
    week: '2026-W48',
    weekStart: '2026-11-23',
    weekEnd: '2026-11-29',
    scopeName: 'Provinsi Jambi',
    role: withRegionTable ? 'head' : 'staff',
    overdue: [
      {
        officeName: longOffice,
        items: [
          {
            title: 'Usulan peserta Training of Trainers (ToT) Talent Digital bagi ASN',
            url: sampleLinks.item(5),
            officeName: longOffice,
            regionName: 'Kab. Tanjung Jabung Timur',
            ownerName: 'Hendra Saputra, S.Kom.',
            dueDate: '2026-11-06',
            status: 'in_progress',
            daysOverdue: 17,
            resolvedAt: null,
          },
          {
            title: 'Pendataan menara telekomunikasi di kawasan pesisir',
            url: sampleLinks.item(10),
            officeName: longOffice,
            regionName: 'Kab. Tanjung Jabung Timur',
            ownerName: null,
            dueDate: '2026-11-20',
            status: 'open',
            daysOverdue: 3,
            resolvedAt: null,
          },
        ],
      },
      {
        officeName: 'Diskominfo Kabupaten Kerinci',
        items: [
          {
            title: 'Penyusunan Rencana Aksi SPBE 2027',
            url: sampleLinks.item(1),
            officeName: 'Diskominfo Kabupaten Kerinci',
            regionName: 'Kab. Kerinci',
            ownerName: 'Yusri Effendi, S.E.',
            dueDate: '2026-11-22',
            status: 'blocked',
            daysOverdue: 1,
            resolvedAt: null,
          },
        ],
      },
    ],
    dueThisWeek: [
      {
        title: 'Migrasi layanan hosting OPD ke Pusat Data Provinsi Jambi',
        url: sampleLinks.item(3),
        officeName: 'Diskominfo Kota Sungai Penuh',
        regionName: 'Kota Sungai Penuh',
        ownerName: 'Dedi Kurniawan',
        dueDate: '2026-11-26',
        status: 'in_progress',
        daysOverdue: null,
        resolvedAt: null,
      },
      {
        title: 'Laporan peserta pelatihan Digital Talent Scholarship (GTA) Kota Jambi',
        url: sampleLinks.item(4),
        officeName: 'Diskominfo Kota Jambi',
        regionName: 'Kota Jambi',
        ownerName: null,
        dueDate: '2026-11-28',
        status: 'open',
        daysOverdue: null,
        resolvedAt: null,
      },
    ],
    resolvedLastWeek: [
      {
        title: 'Sosialisasi pembayaran digital QRIS bagi OPD',
        url: sampleLinks.item(8),
        officeName: 'Diskominfo Kabupaten Batang Hari',
        regionName: 'Kab. Batang Hari',
        ownerName: 'Ahmad Fauzi, S.T.',
        dueDate: '2026-11-27',
        status: 'done',
        daysOverdue: null,
        resolvedAt: '2026-11-19T03:15:00.000Z',
      },
    ],
    commitments: [
      {
        title:
          'Provinsi Jambi menjadi wilayah prioritas program akses internet dan peningkatan kapasitas digital ASN',
        url: sampleLinks.commitment(1),
        partyName: 'Kementerian Komunikasi dan Digital (Komdigi)',
        status: 'in_progress',
        change: 'changed',
        dueDate: null,
      },
      {
        title: 'Pemasangan BTS 4G di tiga desa blank spot Kabupaten Merangin',
        url: sampleLinks.commitment(2),
        partyName: 'BAKTI Komdigi',
        status: 'open',
        change: 'new',
        dueDate: '2027-06-30',
      },
    ],
    proposalsAwaitingDecision: [
      {
        title: 'Training of Trainers (ToT) Talent Digital bagi ASN untuk Satu Data Indonesia',
        url: sampleLinks.proposal(1),
        addresseeName: 'Kementerian Komunikasi dan Digital',
        status: 'under_review',
        raisedOn: '2026-02-09',
      },
    ],
    upcomingMeetings: [
      {
        title: 'Rakornis Kominfo se-Provinsi Jambi 2026',
        url: sampleLinks.meeting(1),
        startsAt: '2026-12-01T02:00:00.000Z',
        place: 'Auditorium Rumah Dinas Gubernur Jambi',
        meetingType: 'rakornis',
      },
    ],
    more: {
      overdue: { total: 3, url: `${base}/tindak-lanjut?terlambat=ya` },
      dueThisWeek: {
        total: 2,
        url: `${base}/tindak-lanjut?tenggat-dari=2026-11-23&tenggat-sampai=2026-11-29`,
      },
      resolvedLastWeek: { total: 1, url: `${base}/tindak-lanjut?status=done&urut=terbaru` },
      notifications: { total: 0, url: `${base}/akun` },
    },
    scopeMore: {
      commitments: { total: 2, url: `${base}/komitmen` },
      proposals: { total: 1, url: null },
      meetings: { total: 1, url: `${base}/rapat?dari=2026-11-23&sampai=2026-12-06` },
    },
    completionByRegion: withRegionTable
      ? regions.map(([regionName, done, open, overdue]) => ({ regionName, done, open, overdue }))
      : null,
    notifications: [],
  };
}

export function sampleDigestMail(language: Language, withRegionTable: boolean): DigestMail {
  return {
    recipient: sampleRecipient(language),
    content: sampleDigestContent(withRegionTable),
    appUrl: sampleLinks.app,
    settingsUrl: sampleLinks.settings,
  };
}
