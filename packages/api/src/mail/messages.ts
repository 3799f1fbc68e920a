import type { Language, MeetingType, NotificationKind, Role } from '@tindak/shared';

/**
 * Every word the emails say, in Bahasa Indonesia first and English second. Templates never hold
 * text of their own, so an Indonesian mail cannot pick up an English phrase (tests check both).
 * Values arrive already formatted (dates, status labels) in the recipient's language.
 */

export interface NotificationWordsInput {
  actor: string | null;
  due: string | null;
  requested: string | null;
  outcome: 'approved' | 'rejected' | 'accepted' | null;
  fromStatus: string | null;
  toStatus: string | null;
}

export interface NotificationWords {
  /** Short label: the subject starts with it and lists show it as a badge. */
  label: string;
  heading: string;
  sentence: string;
  /** The button to the item. */
  action: string;
}

type WordsByKind = Record<NotificationKind, (input: NotificationWordsInput) => NotificationWords>;

export interface MailMessages {
  subjectPrefix: string;
  greeting: (name: string) => string;
  autoSent: string;
  settingsLink: string;
  copyLink: string;
  openApp: string;
  notification: {
    words: WordsByKind;
    footerReason: string;
    facts: {
      office: string;
      party: string;
      due: string;
      requested: string;
      newDue: string;
      instruction: string;
      reason: string;
      note: string;
    };
  };
  daily: {
    subject: (date: string, count: number) => string;
    heading: string;
    intro: (date: string, count: number) => string;
    footerReason: string;
  };
  account: {
    invite: AccountWords & {
      intro: (invitedBy: string | null, role: string | null, office: string | null) => string;
    };
    reset: AccountWords & { intro: string };
    expiry: (expires: string) => string;
  };
  digest: {
    subject: (range: string) => string;
    heading: (weekNumber: number) => string;
    summary: {
      overdue: (n: number) => string;
      dueThisWeek: (n: number) => string;
      resolved: (n: number) => string;
    };
    sections: {
      overdue: string;
      dueThisWeek: string;
      resolvedLastWeek: string;
      commitments: string;
      proposals: string;
      meetings: string;
      notifications: string;
      completion: string;
    };
    daysOverdue: (n: number) => string;
    due: (date: string) => string;
    owner: (name: string) => string;
    resolvedOn: (date: string) => string;
    change: { new: string; changed: string };
    addressedTo: (name: string) => string;
    submittedOn: (date: string) => string;
    table: { region: string; done: string; open: string; overdue: string; total: string };
    /** Under a list cut short: "20 of 214 shown." */
    shownOf: (shown: number, total: number) => string;
    seeAll: string;
    /** Under cut notifications: the account page, where they can come daily or at once instead. */
    notificationsElsewhere: string;
    footerReason: (scope: string) => string;
  };
  meetingTypes: Record<MeetingType, string>;
  roles: Record<Role, string>;
}

interface AccountWords {
  subject: string;
  heading: string;
  instruction: string;
  action: string;
  preview: (expires: string) => string;
  ignore: string;
  footerReason: string;
}

const idWords: WordsByKind = {
  assigned: ({ actor }) => ({
    label: 'Tindak lanjut baru',
    heading: 'Tindak lanjut baru untuk Anda',
    sentence: actor
      ? `${actor} menugaskan tindak lanjut berikut kepada Anda.`
      : 'Anda ditugaskan sebagai penanggung jawab tindak lanjut berikut.',
    action: 'Buka tindak lanjut',
  }),
  delegated: ({ actor }) => ({
    label: 'Disposisi',
    heading: 'Disposisi tindak lanjut untuk Anda',
    sentence: actor
      ? `${actor} mendisposisikan tindak lanjut berikut kepada Anda.`
      : 'Tindak lanjut berikut didisposisikan kepada Anda.',
    action: 'Buka tindak lanjut',
  }),
  dueSoon3: ({ due }) => ({
    label: 'Jatuh tempo 3 hari lagi',
    heading: 'Tenggat tinggal 3 hari lagi',
    sentence: `Tenggat tindak lanjut berikut jatuh ${due ? `pada ${due}` : '3 hari lagi'}. Bila sudah selesai, unggah buktinya agar dapat diverifikasi.`,
    action: 'Buka tindak lanjut',
  }),
  dueSoon1: ({ due }) => ({
    label: 'Jatuh tempo besok',
    heading: 'Tenggat jatuh besok',
    sentence: `Tenggat tindak lanjut berikut jatuh besok${due ? `, ${due}` : ''}. Bila sudah selesai, unggah buktinya agar dapat diverifikasi.`,
    action: 'Buka tindak lanjut',
  }),
  overdue: ({ due }) => ({
    label: 'Terlambat',
    heading: 'Tindak lanjut terlambat',
    sentence: `Tenggat tindak lanjut berikut${due ? ` (${due})` : ''} sudah terlewati. Perbarui kemajuannya, unggah bukti, atau ajukan perpanjangan tenggat.`,
    action: 'Buka tindak lanjut',
  }),
  extensionRequested: ({ actor, due, requested }) => ({
    label: 'Permintaan perpanjangan tenggat',
    heading: 'Permintaan perpanjangan tenggat',
    sentence: `${actor ?? 'Penanggung jawab'} meminta tenggat tindak lanjut berikut diperpanjang${due ? ` dari ${due}` : ''}${requested ? ` menjadi ${requested}` : ''}. Mohon tinjau dan putuskan.`,
    action: 'Tinjau permintaan',
  }),
  extensionDecided: ({ actor, outcome, due, requested }) => {
    if (outcome === 'rejected') {
      return {
        label: 'Perpanjangan tenggat ditolak',
        heading: 'Perpanjangan tenggat ditolak',
        sentence: `${actor ? `${actor} menolak` : 'Pimpinan menolak'} permintaan perpanjangan tenggat${due ? `; tenggat tetap ${due}` : ''}.`,
        action: 'Buka tindak lanjut',
      };
    }
    if (outcome === 'approved') {
      return {
        label: 'Perpanjangan tenggat disetujui',
        heading: 'Perpanjangan tenggat disetujui',
        sentence: `${actor ? `${actor} menyetujui` : 'Pimpinan menyetujui'} permintaan perpanjangan tenggat${requested ? `; tenggat baru ${requested}` : ''}.`,
        action: 'Buka tindak lanjut',
      };
    }
    return {
      label: 'Keputusan perpanjangan tenggat',
      heading: 'Keputusan perpanjangan tenggat',
      sentence: 'Permintaan perpanjangan tenggat untuk tindak lanjut berikut sudah diputuskan.',
      action: 'Buka tindak lanjut',
    };
  },
  evidenceSubmitted: ({ actor }) => ({
    label: 'Bukti menunggu verifikasi',
    heading: 'Bukti baru menunggu verifikasi',
    sentence: `${actor ?? 'Penanggung jawab'} mengirim bukti penyelesaian tindak lanjut berikut. Periksa buktinya, lalu terima atau tolak.`,
    action: 'Periksa bukti',
  }),
  verified: ({ actor, outcome }) =>
    outcome === 'rejected'
      ? {
          label: 'Bukti ditolak',
          heading: 'Bukti ditolak, perlu dilengkapi',
          sentence: `${actor ? `${actor} menolak` : 'Verifikator menolak'} bukti yang dikirim. Baca catatannya, lalu lengkapi dan kirim ulang buktinya.`,
          action: 'Buka tindak lanjut',
        }
      : {
          label: 'Bukti diterima',
          heading: 'Bukti diterima, tindak lanjut selesai',
          sentence: `${actor ? `${actor} menerima` : 'Verifikator menerima'} bukti yang dikirim. Tindak lanjut berikut dinyatakan selesai. Terima kasih.`,
          action: 'Buka tindak lanjut',
        },
  commitmentStatusChanged: ({ actor, fromStatus, toStatus }) => {
    const change = `${fromStatus ? ` dari ${fromStatus}` : ''}${toStatus ? ` menjadi ${toStatus}` : ''}`;
    return {
      label: 'Status komitmen berubah',
      heading: 'Status komitmen berubah',
      sentence: actor
        ? `${actor} mengubah status komitmen berikut${change}.`
        : `Status komitmen berikut berubah${change}.`,
      action: 'Buka komitmen',
    };
  },
};

const enWords: WordsByKind = {
  assigned: ({ actor }) => ({
    label: 'New follow-up',
    heading: 'A new follow-up for you',
    sentence: actor
      ? `${actor} assigned the following follow-up to you.`
      : 'You are now responsible for the following follow-up.',
    action: 'Open the follow-up',
  }),
  delegated: ({ actor }) => ({
    label: 'Passed down to you',
    heading: 'A follow-up was passed down to you',
    sentence: actor
      ? `${actor} passed the following follow-up down to you.`
      : 'The following follow-up was passed down to you.',
    action: 'Open the follow-up',
  }),
  dueSoon3: ({ due }) => ({
    label: 'Due in 3 days',
    heading: 'Due in 3 days',
    sentence: `The following follow-up is due ${due ? `on ${due}` : 'in 3 days'}. If it is done, upload the evidence so it can be verified.`,
    action: 'Open the follow-up',
  }),
  dueSoon1: ({ due }) => ({
    label: 'Due tomorrow',
    heading: 'Due tomorrow',
    sentence: `The following follow-up is due tomorrow${due ? `, ${due}` : ''}. If it is done, upload the evidence so it can be verified.`,
    action: 'Open the follow-up',
  }),
  overdue: ({ due }) => ({
    label: 'Overdue',
    heading: 'A follow-up is overdue',
    sentence: `The deadline of the following follow-up${due ? ` (${due})` : ''} has passed. Update its progress, upload evidence, or request a deadline extension.`,
    action: 'Open the follow-up',
  }),
  extensionRequested: ({ actor, due, requested }) => ({
    label: 'Deadline extension requested',
    heading: 'Deadline extension requested',
    sentence: `${actor ?? 'The responsible person'} asks to move the deadline of the following follow-up${due ? ` from ${due}` : ''}${requested ? ` to ${requested}` : ''}. Please review and decide.`,
    action: 'Review the request',
  }),
  extensionDecided: ({ actor, outcome, due, requested }) => {
    if (outcome === 'rejected') {
      return {
        label: 'Extension rejected',
        heading: 'Deadline extension rejected',
        sentence: `${actor ?? 'The head of office'} rejected the extension request${due ? `; the deadline stays ${due}` : ''}.`,
        action: 'Open the follow-up',
      };
    }
    if (outcome === 'approved') {
      return {
        label: 'Extension approved',
        heading: 'Deadline extension approved',
        sentence: `${actor ?? 'The head of office'} approved the extension request${requested ? `; the new deadline is ${requested}` : ''}.`,
        action: 'Open the follow-up',
      };
    }
    return {
      label: 'Extension decided',
      heading: 'Deadline extension decided',
      sentence: 'The extension request for the following follow-up has been decided.',
      action: 'Open the follow-up',
    };
  },
  evidenceSubmitted: ({ actor }) => ({
    label: 'Evidence awaiting verification',
    heading: 'New evidence awaits verification',
    sentence: `${actor ?? 'The responsible person'} submitted evidence that the following follow-up is done. Review it, then accept or reject it.`,
    action: 'Review the evidence',
  }),
  verified: ({ actor, outcome }) =>
    outcome === 'rejected'
      ? {
          label: 'Evidence rejected',
          heading: 'Evidence rejected, please complete it',
          sentence: `${actor ?? 'The verifier'} rejected the submitted evidence. Read the note, then complete the evidence and submit it again.`,
          action: 'Open the follow-up',
        }
      : {
          label: 'Evidence accepted',
          heading: 'Evidence accepted, follow-up done',
          sentence: `${actor ?? 'The verifier'} accepted the submitted evidence. The following follow-up is now done. Thank you.`,
          action: 'Open the follow-up',
        },
  commitmentStatusChanged: ({ actor, fromStatus, toStatus }) => {
    const change = `${fromStatus ? ` from ${fromStatus}` : ''}${toStatus ? ` to ${toStatus}` : ''}`;
    return {
      label: 'Commitment status changed',
      heading: 'Commitment status changed',
      sentence: actor
        ? `${actor} changed the status of the following commitment${change}.`
        : `The status of the following commitment changed${change}.`,
      action: 'Open the commitment',
    };
  },
};

/** English counts need a plural; Indonesian nouns do not change. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const id: MailMessages = {
  subjectPrefix: '[Tindak]',
  greeting: (name) => `Halo ${name},`,
  autoSent: 'Email ini dikirim otomatis oleh Tindak; mohon tidak membalas email ini.',
  settingsLink: 'Ubah pengaturan email',
  copyLink: 'Jika tombol tidak berfungsi, salin tautan berikut ke peramban Anda:',
  openApp: 'Buka Tindak',
  notification: {
    words: idWords,
    footerReason:
      'Anda menerima email ini karena terlibat dalam tindak lanjut di atas sebagai pengguna Tindak.',
    facts: {
      office: 'Penanggung jawab',
      party: 'Pihak yang berkomitmen',
      due: 'Tenggat',
      requested: 'Tenggat yang diminta',
      newDue: 'Tenggat baru',
      instruction: 'Arahan',
      reason: 'Alasan',
      note: 'Catatan',
    },
  },
  daily: {
    subject: (date, count) => `[Tindak] Ringkasan harian ${date}: ${count} pemberitahuan`,
    heading: 'Ringkasan harian',
    intro: (date, count) =>
      `Berikut ${count} pemberitahuan Tindak untuk Anda pada ${date}, yang paling mendesak di atas.`,
    footerReason: 'Anda menerima ringkasan ini karena memilih menerima pemberitahuan Tindak sekali sehari.',
  },
  account: {
    invite: {
      subject: '[Tindak] Akun Tindak Anda sudah dibuat, silakan atur kata sandi',
      heading: 'Selamat datang di Tindak',
      intro: (invitedBy, role, office) =>
        `${invitedBy ? `${invitedBy} telah membuatkan akun Tindak untuk Anda` : 'Akun Tindak telah dibuat untuk Anda'}${role ? ` dengan peran ${role}` : ''}${office ? ` di ${office}` : ''}. Tindak dipakai untuk mencatat rapat koordinasi dan memantau tindak lanjutnya sampai tuntas.`,
      instruction: 'Untuk mulai, atur kata sandi Anda melalui tombol di bawah ini.',
      action: 'Atur kata sandi',
      preview: (expires) => `Atur kata sandi sebelum ${expires} untuk mulai memakai Tindak.`,
      ignore:
        'Jika Anda tidak mengharapkan email ini, abaikan saja. Akun tidak dapat dipakai sebelum kata sandi diatur.',
      footerReason: 'Anda menerima email ini karena admin Tindak membuat akun dengan alamat email ini.',
    },
    reset: {
      subject: '[Tindak] Atur ulang kata sandi',
      heading: 'Atur ulang kata sandi',
      intro: 'Kami menerima permintaan untuk mengatur ulang kata sandi akun Tindak Anda.',
      instruction: 'Buat kata sandi baru melalui tombol di bawah ini.',
      action: 'Atur kata sandi baru',
      preview: (expires) => `Tautan untuk mengatur ulang kata sandi, berlaku sampai ${expires}.`,
      ignore: 'Jika Anda tidak meminta ini, abaikan email ini. Kata sandi Anda tidak akan berubah.',
      footerReason:
        'Anda menerima email ini karena ada permintaan atur ulang kata sandi untuk akun Tindak dengan alamat email ini.',
    },
    expiry: (expires) => `Tautan ini hanya dapat dipakai sekali dan berlaku sampai ${expires}.`,
  },
  digest: {
    subject: (range) => `[Tindak] Ringkasan mingguan ${range}`,
    heading: (week) => `Ringkasan mingguan Tindak — Minggu ${week}`,
    summary: {
      overdue: (n) => `${n} terlambat`,
      dueThisWeek: (n) => `${n} jatuh tempo minggu ini`,
      resolved: (n) => `${n} selesai`,
    },
    sections: {
      overdue: 'Terlambat',
      dueThisWeek: 'Jatuh tempo minggu ini',
      resolvedLastWeek: 'Selesai minggu lalu',
      commitments: 'Komitmen baru dan berubah',
      proposals: 'Usulan menunggu keputusan',
      meetings: 'Rapat mendatang',
      notifications: 'Pemberitahuan minggu lalu',
      completion: 'Penyelesaian per wilayah',
    },
    daysOverdue: (n) => `${n} hari terlambat`,
    due: (date) => `Tenggat ${date}`,
    owner: (name) => `PJ: ${name}`,
    resolvedOn: (date) => `Selesai ${date}`,
    change: { new: 'Baru', changed: 'Berubah' },
    addressedTo: (name) => `Kepada ${name}`,
    submittedOn: (date) => `Diajukan ${date}`,
    table: { region: 'Wilayah', done: 'Selesai', open: 'Terbuka', overdue: 'Terlambat', total: 'Jumlah' },
    shownOf: (shown, total) => `Ditampilkan ${shown} dari ${total}.`,
    seeAll: 'Lihat semua di Tindak',
    notificationsElsewhere: 'Terima pemberitahuan setiap hari atau langsung: atur di Akun',
    footerReason: (scope) => `Anda menerima ringkasan mingguan ini sebagai pengguna Tindak untuk ${scope}.`,
  },
  meetingTypes: {
    audiensi: 'Audiensi',
    rakornis: 'Rakornis',
    rakor: 'Rakor',
    forum: 'Forum perangkat daerah',
    pelatihan: 'Pelatihan / bimtek',
    kunjungan_kerja: 'Kunjungan kerja',
    lainnya: 'Lainnya',
  },
  roles: {
    admin: 'Admin',
    secretariat: 'Sekretariat',
    head: 'Kepala',
    staff: 'Staf',
    viewer: 'Pemantau',
  },
};

const en: MailMessages = {
  subjectPrefix: '[Tindak]',
  greeting: (name) => `Hello ${name},`,
  autoSent: 'This email was sent automatically by Tindak; please do not reply to it.',
  settingsLink: 'Change email settings',
  copyLink: 'If the button does not work, copy this link into your browser:',
  openApp: 'Open Tindak',
  notification: {
    words: enWords,
    footerReason: 'You receive this email because you take part in the follow-up above as a Tindak user.',
    facts: {
      office: 'Responsible office',
      party: 'Committed party',
      due: 'Deadline',
      requested: 'Requested deadline',
      newDue: 'New deadline',
      instruction: 'Instruction',
      reason: 'Reason',
      note: 'Note',
    },
  },
  daily: {
    subject: (date, count) =>
      `[Tindak] Daily summary for ${date}: ${plural(count, 'notification', 'notifications')}`,
    heading: 'Daily summary',
    intro: (date, count) =>
      `Here ${count === 1 ? 'is' : 'are'} your ${plural(count, 'Tindak notification', 'Tindak notifications')} for ${date}, most urgent first.`,
    footerReason: 'You receive this summary because you chose to get Tindak notifications once a day.',
  },
  account: {
    invite: {
      subject: '[Tindak] Your Tindak account is ready, please set a password',
      heading: 'Welcome to Tindak',
      intro: (invitedBy, role, office) =>
        `${invitedBy ? `${invitedBy} created a Tindak account for you` : 'A Tindak account was created for you'}${role ? ` with the role ${role}` : ''}${office ? ` at ${office}` : ''}. Tindak records coordination meetings and tracks their follow-ups to completion.`,
      instruction: 'To get started, set your password with the button below.',
      action: 'Set your password',
      preview: (expires) => `Set your password before ${expires} to start using Tindak.`,
      ignore:
        'If you did not expect this email, ignore it. The account cannot be used until a password is set.',
      footerReason:
        'You receive this email because a Tindak admin created an account with this email address.',
    },
    reset: {
      subject: '[Tindak] Reset your password',
      heading: 'Reset your password',
      intro: 'We received a request to reset the password of your Tindak account.',
      instruction: 'Choose a new password with the button below.',
      action: 'Set a new password',
      preview: (expires) => `Your password reset link, valid until ${expires}.`,
      ignore: 'If you did not ask for this, ignore this email. Your password will not change.',
      footerReason:
        'You receive this email because a password reset was requested for the Tindak account with this email address.',
    },
    expiry: (expires) => `This link works only once and is valid until ${expires}.`,
  },
  digest: {
    subject: (range) => `[Tindak] Weekly digest ${range}`,
    heading: (week) => `Tindak weekly digest — Week ${week}`,
    summary: {
      overdue: (n) => `${n} overdue`,
      dueThisWeek: (n) => `${n} due this week`,
      resolved: (n) => `${n} done`,
    },
    sections: {
      overdue: 'Overdue',
      dueThisWeek: 'Due this week',
      resolvedLastWeek: 'Done last week',
      commitments: 'New and changed commitments',
      proposals: 'Proposals awaiting a decision',
      meetings: 'Upcoming meetings',
      notifications: "Last week's notifications",
      completion: 'Completion by region',
    },
    daysOverdue: (n) => `${plural(n, 'day', 'days')} overdue`,
    due: (date) => `Due ${date}`,
    owner: (name) => `Responsible: ${name}`,
    resolvedOn: (date) => `Done ${date}`,
    change: { new: 'New', changed: 'Changed' },
    addressedTo: (name) => `To ${name}`,
    submittedOn: (date) => `Submitted ${date}`,
    table: { region: 'Region', done: 'Done', open: 'Open', overdue: 'Overdue', total: 'Total' },
    shownOf: (shown, total) => `${shown} of ${total} shown.`,
    seeAll: 'See all in Tindak',
    notificationsElsewhere: 'Get notifications daily or as they happen: change it in your account',
    footerReason: (scope) => `You receive this weekly digest as a Tindak user for ${scope}.`,
  },
  meetingTypes: {
    audiensi: 'Audience',
    rakornis: 'Technical coordination meeting',
    rakor: 'Coordination meeting',
    forum: 'Regional office forum',
    pelatihan: 'Training / technical guidance',
    kunjungan_kerja: 'Working visit',
    lainnya: 'Other',
  },
  roles: {
    admin: 'Admin',
    secretariat: 'Secretariat',
    head: 'Head of office',
    staff: 'Staff',
    viewer: 'Viewer',
  },
};

const byLanguage: Record<Language, MailMessages> = { id, en };

export function mailMessages(lang: Language): MailMessages {
  return byLanguage[lang];
}

/** Meeting types arrive as strings from the database; an unknown one is shown as it is. */
export function meetingTypeLabel(type: string, lang: Language): string {
  const labels = byLanguage[lang].meetingTypes;
  return Object.hasOwn(labels, type) ? labels[type as MeetingType] : type;
}
