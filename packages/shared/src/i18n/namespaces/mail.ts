/**
 * The `mail` namespace: every word the emails say. Templates never hold text of their own, so an
 * Indonesian mail cannot pick up an English phrase. Optional parts of a sentence (" from {{value}}")
 * are their own keys, filled in or left empty by `packages/api/src/mail/messages.ts`.
 */
export const mailWords = {
  subjectPrefix: { id: '[Tindak]', en: '[Tindak]' },
  greeting: { id: 'Halo {{name}},', en: 'Hello {{name}},' },
  autoSent: {
    id: 'Email ini dikirim otomatis oleh Tindak; mohon tidak membalas email ini.',
    en: 'This email was sent automatically by Tindak; please do not reply to it.',
  },
  settingsLink: { id: 'Ubah pengaturan email', en: 'Change email settings' },
  copyLink: {
    id: 'Jika tombol tidak berfungsi, salin tautan berikut ke peramban Anda:',
    en: 'If the button does not work, copy this link into your browser:',
  },
  openApp: { id: 'Buka Tindak', en: 'Open Tindak' },
  notification: {
    footerReason: {
      id: 'Anda menerima email ini karena terlibat dalam tindak lanjut di atas sebagai pengguna Tindak.',
      en: 'You receive this email because you take part in the follow-up above as a Tindak user.',
    },
    facts: {
      office: { id: 'Penanggung jawab', en: 'Responsible office' },
      party: { id: 'Pihak yang berkomitmen', en: 'Committed party' },
      due: { id: 'Tenggat', en: 'Deadline' },
      requested: { id: 'Tenggat yang diminta', en: 'Requested deadline' },
      newDue: { id: 'Tenggat baru', en: 'New deadline' },
      instruction: { id: 'Arahan', en: 'Instruction' },
      reason: { id: 'Alasan', en: 'Reason' },
      note: { id: 'Catatan', en: 'Note' },
    },
    /** Who acted, when the event does not name them. */
    someone: {
      responsible: { id: 'Penanggung jawab', en: 'The responsible person' },
      head: { id: 'Pimpinan', en: 'The head of office' },
      verifier: { id: 'Verifikator', en: 'The verifier' },
    },
    from: { id: ' dari {{value}}', en: ' from {{value}}' },
    to: { id: ' menjadi {{value}}', en: ' to {{value}}' },
    actions: {
      openFollowUp: { id: 'Buka tindak lanjut', en: 'Open the follow-up' },
      reviewRequest: { id: 'Tinjau permintaan', en: 'Review the request' },
      reviewEvidence: { id: 'Periksa bukti', en: 'Review the evidence' },
      openCommitment: { id: 'Buka komitmen', en: 'Open the commitment' },
    },
    assigned: {
      label: { id: 'Tindak lanjut baru', en: 'New follow-up' },
      heading: { id: 'Tindak lanjut baru untuk Anda', en: 'A new follow-up for you' },
      sentence: {
        id: 'Anda ditugaskan sebagai penanggung jawab tindak lanjut berikut.',
        en: 'You are now responsible for the following follow-up.',
      },
      sentenceByActor: {
        id: '{{actor}} menugaskan tindak lanjut berikut kepada Anda.',
        en: '{{actor}} assigned the following follow-up to you.',
      },
    },
    delegated: {
      label: { id: 'Disposisi', en: 'Passed down to you' },
      heading: { id: 'Disposisi tindak lanjut untuk Anda', en: 'A follow-up was passed down to you' },
      sentence: {
        id: 'Tindak lanjut berikut didisposisikan kepada Anda.',
        en: 'The following follow-up was passed down to you.',
      },
      sentenceByActor: {
        id: '{{actor}} mendisposisikan tindak lanjut berikut kepada Anda.',
        en: '{{actor}} passed the following follow-up down to you.',
      },
    },
    dueSoon3: {
      label: { id: 'Jatuh tempo 3 hari lagi', en: 'Due in 3 days' },
      heading: { id: 'Tenggat tinggal 3 hari lagi', en: 'Due in 3 days' },
      sentence: {
        id: 'Tenggat tindak lanjut berikut jatuh 3 hari lagi. Bila sudah selesai, unggah buktinya agar dapat diverifikasi.',
        en: 'The following follow-up is due in 3 days. If it is done, upload the evidence so it can be verified.',
      },
      sentenceOnDate: {
        id: 'Tenggat tindak lanjut berikut jatuh pada {{due}}. Bila sudah selesai, unggah buktinya agar dapat diverifikasi.',
        en: 'The following follow-up is due on {{due}}. If it is done, upload the evidence so it can be verified.',
      },
    },
    dueSoon1: {
      label: { id: 'Jatuh tempo besok', en: 'Due tomorrow' },
      heading: { id: 'Tenggat jatuh besok', en: 'Due tomorrow' },
      sentence: {
        id: 'Tenggat tindak lanjut berikut jatuh besok. Bila sudah selesai, unggah buktinya agar dapat diverifikasi.',
        en: 'The following follow-up is due tomorrow. If it is done, upload the evidence so it can be verified.',
      },
      sentenceOnDate: {
        id: 'Tenggat tindak lanjut berikut jatuh besok, {{due}}. Bila sudah selesai, unggah buktinya agar dapat diverifikasi.',
        en: 'The following follow-up is due tomorrow, {{due}}. If it is done, upload the evidence so it can be verified.',
      },
    },
    overdue: {
      label: { id: 'Terlambat', en: 'Overdue' },
      heading: { id: 'Tindak lanjut terlambat', en: 'A follow-up is overdue' },
      sentence: {
        id: 'Tenggat tindak lanjut berikut sudah terlewati. Perbarui kemajuannya, unggah bukti, atau ajukan perpanjangan tenggat.',
        en: 'The deadline of the following follow-up has passed. Update its progress, upload evidence, or request a deadline extension.',
      },
      sentenceOnDate: {
        id: 'Tenggat tindak lanjut berikut ({{due}}) sudah terlewati. Perbarui kemajuannya, unggah bukti, atau ajukan perpanjangan tenggat.',
        en: 'The deadline of the following follow-up ({{due}}) has passed. Update its progress, upload evidence, or request a deadline extension.',
      },
    },
    extensionRequested: {
      label: { id: 'Permintaan perpanjangan tenggat', en: 'Deadline extension requested' },
      heading: { id: 'Permintaan perpanjangan tenggat', en: 'Deadline extension requested' },
      /** `from` and `to` are the optional " from {{value}}" / " to {{value}}" parts above. */
      sentence: {
        id: '{{actor}} meminta tenggat tindak lanjut berikut diperpanjang{{from}}{{to}}. Mohon tinjau dan putuskan.',
        en: '{{actor}} asks to move the deadline of the following follow-up{{from}}{{to}}. Please review and decide.',
      },
    },
    extensionRejected: {
      label: { id: 'Perpanjangan tenggat ditolak', en: 'Extension rejected' },
      heading: { id: 'Perpanjangan tenggat ditolak', en: 'Deadline extension rejected' },
      sentence: {
        id: '{{actor}} menolak permintaan perpanjangan tenggat{{due}}.',
        en: '{{actor}} rejected the extension request{{due}}.',
      },
      dueStays: { id: '; tenggat tetap {{value}}', en: '; the deadline stays {{value}}' },
    },
    extensionApproved: {
      label: { id: 'Perpanjangan tenggat disetujui', en: 'Extension approved' },
      heading: { id: 'Perpanjangan tenggat disetujui', en: 'Deadline extension approved' },
      sentence: {
        id: '{{actor}} menyetujui permintaan perpanjangan tenggat{{due}}.',
        en: '{{actor}} approved the extension request{{due}}.',
      },
      newDue: { id: '; tenggat baru {{value}}', en: '; the new deadline is {{value}}' },
    },
    extensionDecided: {
      label: { id: 'Keputusan perpanjangan tenggat', en: 'Extension decided' },
      heading: { id: 'Keputusan perpanjangan tenggat', en: 'Deadline extension decided' },
      sentence: {
        id: 'Permintaan perpanjangan tenggat untuk tindak lanjut berikut sudah diputuskan.',
        en: 'The extension request for the following follow-up has been decided.',
      },
    },
    evidenceSubmitted: {
      label: { id: 'Bukti menunggu verifikasi', en: 'Evidence awaiting verification' },
      heading: { id: 'Bukti baru menunggu verifikasi', en: 'New evidence awaits verification' },
      sentence: {
        id: '{{actor}} mengirim bukti penyelesaian tindak lanjut berikut. Periksa buktinya, lalu terima atau tolak.',
        en: '{{actor}} submitted evidence that the following follow-up is done. Review it, then accept or reject it.',
      },
    },
    evidenceRejected: {
      label: { id: 'Bukti ditolak', en: 'Evidence rejected' },
      heading: { id: 'Bukti ditolak, perlu dilengkapi', en: 'Evidence rejected, please complete it' },
      sentence: {
        id: '{{actor}} menolak bukti yang dikirim. Baca catatannya, lalu lengkapi dan kirim ulang buktinya.',
        en: '{{actor}} rejected the submitted evidence. Read the note, then complete the evidence and submit it again.',
      },
    },
    evidenceAccepted: {
      label: { id: 'Bukti diterima', en: 'Evidence accepted' },
      heading: { id: 'Bukti diterima, tindak lanjut selesai', en: 'Evidence accepted, follow-up done' },
      sentence: {
        id: '{{actor}} menerima bukti yang dikirim. Tindak lanjut berikut dinyatakan selesai. Terima kasih.',
        en: '{{actor}} accepted the submitted evidence. The following follow-up is now done. Thank you.',
      },
    },
    commitmentStatusChanged: {
      label: { id: 'Status komitmen berubah', en: 'Commitment status changed' },
      heading: { id: 'Status komitmen berubah', en: 'Commitment status changed' },
      sentence: {
        id: 'Status komitmen berikut berubah{{from}}{{to}}.',
        en: 'The status of the following commitment changed{{from}}{{to}}.',
      },
      sentenceByActor: {
        id: '{{actor}} mengubah status komitmen berikut{{from}}{{to}}.',
        en: '{{actor}} changed the status of the following commitment{{from}}{{to}}.',
      },
    },
  },
  daily: {
    // Indonesian nouns do not change with the count; English needs a plural.
    subject_one: {
      id: '[Tindak] Ringkasan harian {{date}}: {{count}} pemberitahuan',
      en: '[Tindak] Daily summary for {{date}}: {{count}} notification',
    },
    subject_other: {
      id: '[Tindak] Ringkasan harian {{date}}: {{count}} pemberitahuan',
      en: '[Tindak] Daily summary for {{date}}: {{count}} notifications',
    },
    heading: { id: 'Ringkasan harian', en: 'Daily summary' },
    intro_one: {
      id: 'Berikut {{count}} pemberitahuan Tindak untuk Anda pada {{date}}, yang paling mendesak di atas.',
      en: 'Here is your {{count}} Tindak notification for {{date}}, most urgent first.',
    },
    intro_other: {
      id: 'Berikut {{count}} pemberitahuan Tindak untuk Anda pada {{date}}, yang paling mendesak di atas.',
      en: 'Here are your {{count}} Tindak notifications for {{date}}, most urgent first.',
    },
    footerReason: {
      id: 'Anda menerima ringkasan ini karena memilih menerima pemberitahuan Tindak sekali sehari.',
      en: 'You receive this summary because you chose to get Tindak notifications once a day.',
    },
  },
  account: {
    invite: {
      subject: {
        id: '[Tindak] Akun Tindak Anda sudah dibuat, silakan atur kata sandi',
        en: '[Tindak] Your Tindak account is ready, please set a password',
      },
      heading: { id: 'Selamat datang di Tindak', en: 'Welcome to Tindak' },
      /** `who`, `role` and `office` are the parts below, each left out when unknown. */
      intro: {
        id: '{{who}}{{role}}{{office}}. Tindak dipakai untuk mencatat rapat koordinasi dan memantau tindak lanjutnya sampai tuntas.',
        en: '{{who}}{{role}}{{office}}. Tindak records coordination meetings and tracks their follow-ups to completion.',
      },
      createdBy: {
        id: '{{name}} telah membuatkan akun Tindak untuk Anda',
        en: '{{name}} created a Tindak account for you',
      },
      created: { id: 'Akun Tindak telah dibuat untuk Anda', en: 'A Tindak account was created for you' },
      withRole: { id: ' dengan peran {{value}}', en: ' with the role {{value}}' },
      atOffice: { id: ' di {{value}}', en: ' at {{value}}' },
      instruction: {
        id: 'Untuk mulai, atur kata sandi Anda melalui tombol di bawah ini.',
        en: 'To get started, set your password with the button below.',
      },
      action: { id: 'Atur kata sandi', en: 'Set your password' },
      preview: {
        id: 'Atur kata sandi sebelum {{expires}} untuk mulai memakai Tindak.',
        en: 'Set your password before {{expires}} to start using Tindak.',
      },
      ignore: {
        id: 'Jika Anda tidak mengharapkan email ini, abaikan saja. Akun tidak dapat dipakai sebelum kata sandi diatur.',
        en: 'If you did not expect this email, ignore it. The account cannot be used until a password is set.',
      },
      footerReason: {
        id: 'Anda menerima email ini karena admin Tindak membuat akun dengan alamat email ini.',
        en: 'You receive this email because a Tindak admin created an account with this email address.',
      },
    },
    reset: {
      subject: { id: '[Tindak] Atur ulang kata sandi', en: '[Tindak] Reset your password' },
      heading: { id: 'Atur ulang kata sandi', en: 'Reset your password' },
      intro: {
        id: 'Kami menerima permintaan untuk mengatur ulang kata sandi akun Tindak Anda.',
        en: 'We received a request to reset the password of your Tindak account.',
      },
      instruction: {
        id: 'Buat kata sandi baru melalui tombol di bawah ini.',
        en: 'Choose a new password with the button below.',
      },
      action: { id: 'Atur kata sandi baru', en: 'Set a new password' },
      preview: {
        id: 'Tautan untuk mengatur ulang kata sandi, berlaku sampai {{expires}}.',
        en: 'Your password reset link, valid until {{expires}}.',
      },
      ignore: {
        id: 'Jika Anda tidak meminta ini, abaikan email ini. Kata sandi Anda tidak akan berubah.',
        en: 'If you did not ask for this, ignore this email. Your password will not change.',
      },
      footerReason: {
        id: 'Anda menerima email ini karena ada permintaan atur ulang kata sandi untuk akun Tindak dengan alamat email ini.',
        en: 'You receive this email because a password reset was requested for the Tindak account with this email address.',
      },
    },
    expiry: {
      id: 'Tautan ini hanya dapat dipakai sekali dan berlaku sampai {{expires}}.',
      en: 'This link works only once and is valid until {{expires}}.',
    },
  },
  digest: {
    subject: { id: '[Tindak] Ringkasan mingguan {{range}}', en: '[Tindak] Weekly digest {{range}}' },
    /** A digest sent after its Monday (the worker was down then): the subject says so too. */
    lateSubject: {
      id: '[Tindak] Ringkasan mingguan {{range}} (terlambat)',
      en: '[Tindak] Weekly digest {{range}} (late)',
    },
    late: {
      id: 'Ringkasan ini terlambat: seharusnya terkirim {{date}} pukul {{time}}',
      en: 'This digest is late: it should have arrived on {{date}} at {{time}}',
    },
    heading: {
      id: 'Ringkasan mingguan Tindak — Minggu {{week}}',
      en: 'Tindak weekly digest — Week {{week}}',
    },
    summary: {
      overdue: { id: '{{count}} terlambat', en: '{{count}} overdue' },
      dueThisWeek: { id: '{{count}} jatuh tempo minggu ini', en: '{{count}} due this week' },
      resolved: { id: '{{count}} selesai', en: '{{count}} done' },
    },
    sections: {
      overdue: { id: 'Terlambat', en: 'Overdue' },
      dueThisWeek: { id: 'Jatuh tempo minggu ini', en: 'Due this week' },
      resolvedLastWeek: { id: 'Selesai minggu lalu', en: 'Done last week' },
      commitments: { id: 'Komitmen baru dan berubah', en: 'New and changed commitments' },
      proposals: { id: 'Usulan menunggu keputusan', en: 'Proposals awaiting a decision' },
      meetings: { id: 'Rapat mendatang', en: 'Upcoming meetings' },
      notifications: { id: 'Pemberitahuan minggu lalu', en: "Last week's notifications" },
      completion: { id: 'Penyelesaian per wilayah', en: 'Completion by region' },
      indicators: { id: 'Indikator', en: 'Indicators' },
    },
    /** The indicator section (issue 18): "Indeks SPBE · Kabupaten Kerinci · 2025: 2,45 (Cukup) → target 2,60". */
    indicators: {
      recorded: { id: 'Nilai tercatat minggu lalu', en: 'Values recorded last week' },
      offTarget: { id: 'Belum mencapai target', en: 'Off target' },
      previous: { id: 'sebelumnya {{value}}', en: 'previously {{value}}' },
      target: { id: 'target {{value}}', en: 'target {{value}}' },
      /** After a count; an index or a plain count needs no unit word. */
      unit: {
        percent: { id: '%', en: '%' },
        villages: { id: 'desa', en: 'villages' },
        sites: { id: 'titik', en: 'sites' },
        people: { id: 'orang', en: 'people' },
        applications: { id: 'aplikasi', en: 'applications' },
      },
    },
    daysOverdue_one: { id: '{{count}} hari terlambat', en: '{{count}} day overdue' },
    daysOverdue_other: { id: '{{count}} hari terlambat', en: '{{count}} days overdue' },
    due: { id: 'Tenggat {{date}}', en: 'Due {{date}}' },
    owner: { id: 'PJ: {{name}}', en: 'Responsible: {{name}}' },
    resolvedOn: { id: 'Selesai {{date}}', en: 'Done {{date}}' },
    /** A directive's offices' items in one line (issue 19), counted in the reader's scope. */
    directiveGroup: { id: 'Arahan ke beberapa instansi', en: 'Directives to several offices' },
    directiveSpread: {
      id: 'arahan ke {{offices}} instansi: {{done}} selesai, {{overdue}} terlambat',
      en: 'directive to {{offices}} offices: {{done}} done, {{overdue}} overdue',
    },
    change: {
      new: { id: 'Baru', en: 'New' },
      changed: { id: 'Berubah', en: 'Changed' },
    },
    addressedTo: { id: 'Kepada {{name}}', en: 'To {{name}}' },
    submittedOn: { id: 'Diajukan {{date}}', en: 'Submitted {{date}}' },
    table: {
      region: { id: 'Wilayah', en: 'Region' },
      done: { id: 'Selesai', en: 'Done' },
      open: { id: 'Terbuka', en: 'Open' },
      overdue: { id: 'Terlambat', en: 'Overdue' },
      total: { id: 'Jumlah', en: 'Total' },
    },
    /** Under a list cut short: "20 of 214 shown." */
    shownOf: { id: 'Ditampilkan {{shown}} dari {{total}}.', en: '{{shown}} of {{total}} shown.' },
    seeAll: { id: 'Lihat semua di Tindak', en: 'See all in Tindak' },
    /** Under cut notifications: the account page, where they can come daily or at once instead. */
    notificationsElsewhere: {
      id: 'Terima pemberitahuan setiap hari atau langsung: atur di Akun',
      en: 'Get notifications daily or as they happen: change it in your account',
    },
    footerReason: {
      id: 'Anda menerima ringkasan mingguan ini sebagai pengguna Tindak untuk {{scope}}.',
      en: 'You receive this weekly digest as a Tindak user for {{scope}}.',
    },
  },
} as const;
