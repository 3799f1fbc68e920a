import type { Language } from '../enums';
import { translate, type WordPair } from './words';

/**
 * The `messages` namespace: what the API sends back and the web shows next to a field. Schemas carry
 * a key (optionally with one parameter after `|`, e.g. `tooLong|300`); `translateMessage` turns it
 * into words. Same format as every namespace (see words.ts): the one parameter is `{{value}}`.
 */
export const messages = {
  required: { id: 'Wajib diisi.', en: 'This field is required.' },
  tooLong: {
    id: 'Terlalu panjang: paling banyak {{value}} karakter.',
    en: 'Too long: at most {{value}} characters.',
  },
  tooShort: {
    id: 'Terlalu pendek: paling sedikit {{value}} karakter.',
    en: 'Too short: at least {{value}} characters.',
  },
  tooMany: { id: 'Terlalu banyak: paling banyak {{value}}.', en: 'Too many: at most {{value}}.' },
  invalidDateTime: {
    id: 'Tanggal dan jam tidak valid.',
    en: 'Not a valid date and time.',
  },
  endBeforeStart: {
    id: 'Waktu selesai harus sama dengan atau setelah waktu mulai.',
    en: 'The end must be at or after the start.',
  },
  placeOrLink: {
    id: 'Isi tempat rapat atau tautan daring.',
    en: 'Enter a meeting place or an online link.',
  },
  invalidUrl: {
    id: 'Tautan harus diawali http:// atau https://.',
    en: 'The link must start with http:// or https://.',
  },
  invalidTimeZone: { id: 'Zona waktu tidak dikenal.', en: 'Unknown time zone.' },
  invalidNip: {
    id: 'NIP harus 18 angka (sekarang {{value}} angka).',
    en: 'A NIP has 18 digits (this one has {{value}}).',
  },
  invalidNipFormat: { id: 'NIP hanya berisi 18 angka.', en: 'A NIP contains 18 digits only.' },
  invalidId: { id: 'Pengenal tidak valid.', en: 'Not a valid identifier.' },
  invalidRegionCode: {
    id: 'Kode wilayah tidak valid (contoh: 15 atau 15.01).',
    en: 'Not a valid region code (e.g. 15 or 15.01).',
  },
  invalidChoice: { id: 'Pilihan tidak valid.', en: 'Not a valid choice.' },
  invalidCursor: {
    id: 'Penanda halaman tidak valid; muat ulang daftar.',
    en: 'Invalid page marker; reload the list.',
  },
  fromAfterTo: {
    id: 'Tanggal awal harus sebelum tanggal akhir.',
    en: 'The start date must be before the end date.',
  },
  duplicateParticipant: {
    id: 'Orang ini sudah ada di daftar peserta.',
    en: 'This person is already on the participant list.',
  },
  invalidInput: { id: 'Isian tidak valid.', en: 'Invalid input.' },

  meetingNotFound: { id: 'Rapat tidak ditemukan.', en: 'Meeting not found.' },
  invitationNumberMissing: {
    id: 'Surat undangan rapat ini belum bernomor: isi nomor, tanggal dan penandatangan surat terlebih dahulu.',
    en: "This meeting's invitation letter has no number yet: set its number, date and signer first.",
  },
  invitationNotScheduled: {
    id: 'Surat undangan hanya untuk rapat yang dijadwalkan; rapat ini sudah {{value}}.',
    en: 'Invitation letters are only for scheduled meetings; this meeting is {{value}}.',
  },
  invitationSignerNotFound: {
    id: 'Penandatangan tidak ditemukan: pilih orang dari direktori.',
    en: 'Signer not found: choose a person from the directory.',
  },
  followedMeetingNotFound: {
    id: 'Rapat sebelumnya tidak ditemukan.',
    en: 'The earlier meeting was not found.',
  },
  followsLaterMeeting: {
    id: 'Rapat lanjutan harus dimulai setelah rapat yang diikutinya.',
    en: 'A follow-up meeting must start after the meeting it follows.',
  },
  followerStartsEarlier: {
    id: 'Rapat ini diikuti rapat lanjutan yang dimulai lebih awal; waktunya tidak bisa sesudah rapat lanjutannya.',
    en: 'A follow-up of this meeting starts earlier; it cannot be moved after its follow-up.',
  },
  duplicateCarryOver: {
    id: 'Catatan ini sudah ada di daftar tindak lanjut.',
    en: 'This record is already on the follow-up list.',
  },
  carryOverNeedsSeries: {
    id: 'Pilih dulu rapat sebelumnya untuk membawa tindak lanjutnya.',
    en: 'Choose the earlier meeting first to carry its follow-ups.',
  },
  carryOverRecordNotFound: {
    id: 'Catatan tindak lanjut tidak ditemukan.',
    en: 'The follow-up record was not found.',
  },
  carryOverNotCandidate: {
    id: 'Hanya usulan, komitmen atau tindak lanjut yang masih terbuka dari rapat sebelumnya dalam rangkaian ini yang bisa dibawa.',
    en: 'Only open proposals, commitments or action items of earlier meetings of this series can be carried over.',
  },
  organizationNotFound: { id: 'Instansi tidak ditemukan.', en: 'Office not found.' },
  personNotFound: { id: 'Orang tidak ditemukan.', en: 'Person not found.' },
  indicatorNotFound: { id: 'Indikator tidak ditemukan.', en: 'Indicator not found.' },
  indicatorPeriodInvalid: {
    id: 'Periode tidak valid: tulis tahun (2025), triwulan (2025-Q1) atau bulan (2025-01) sesuai jenis periode indikator.',
    en: "Not a valid period: write a year (2025), a quarter (2025-Q1) or a month (2025-01), as the indicator's period kind asks.",
  },
  numberInvalid: { id: 'Isi angka yang valid.', en: 'Enter a valid number.' },
  indicatorScaleOrder: {
    id: 'Batas atas skala harus lebih besar dari batas bawahnya.',
    en: 'The top of the scale must be above its bottom.',
  },
  indicatorBandsOrder: {
    id: 'Rentang predikat harus berurutan dari terendah, tidak tumpang tindih, dan setiap rentang "dari" lebih kecil dari "sampai".',
    en: 'Bands must run lowest first without overlapping, each "from" below its "to".',
  },
  indicatorValueRequired: {
    id: 'Isi nilai angka atau predikat (mis. "Cukup").',
    en: 'Enter a number or a predicate (e.g. "Cukup").',
  },
  indicatorNameTaken: {
    id: 'Indikator dengan nama ini sudah ada di wilayah instansi pengampunya.',
    en: "An indicator with this name already exists in its keeping office's region.",
  },
  indicatorNameTakenInRegion: {
    id: 'Wilayah tujuan sudah punya indikator bernama "{{value}}"; ubah nama salah satunya dulu.',
    en: 'The destination region already has an indicator named "{{value}}"; rename one of them first.',
  },
  indicatorPeriodKindLocked: {
    id: 'Jenis periode tidak dapat diubah karena indikator ini sudah memiliki nilai.',
    en: 'The period kind cannot change: this indicator already has values.',
  },
  indicatorInactive: {
    id: 'Indikator ini sudah tidak aktif; aktifkan kembali sebelum mencatat nilai atau target.',
    en: 'This indicator has been retired; reactivate it before recording values or targets.',
  },
  indicatorValueOutsideScale: {
    id: 'Nilai harus berada dalam skala indikator ({{value}}).',
    en: "The value must lie within the indicator's scale ({{value}}).",
  },
  indicatorPredicateUnknown: {
    id: 'Predikat harus salah satu rentang predikat indikator ini.',
    en: "The predicate must be one of this indicator's bands.",
  },
  indicatorPredicateMismatch: {
    id: 'Predikat tidak sesuai dengan nilai angka: kosongkan predikat agar dihitung dari nilai.',
    en: 'The predicate does not match the number: leave it empty to derive it from the value.',
  },
  notIndicatorKeeper: {
    id: 'Hanya sekretariat dan kepala yang wilayahnya mencakup instansi pengampu yang dapat mengatur indikator ini.',
    en: 'Only the secretariat and heads whose region covers the keeping office can manage this indicator.',
  },
  notIndicatorRecorder: {
    id: 'Hanya sekretariat dan kepala di wilayah ini yang dapat mencatat nilai.',
    en: 'Only the secretariat and heads in this region can record values.',
  },
  notIndicatorTargetSetter: {
    id: 'Hanya kepala yang wilayahnya mencakup instansi pengampu dan setiap wilayah yang dipilih yang dapat menetapkan target.',
    en: 'Only heads whose region covers the keeping office and every region chosen can set targets.',
  },
  personHasAccount: {
    id: 'Orang ini sudah memiliki akun.',
    en: 'This person already has an account.',
  },
  regionNotFound: { id: 'Wilayah tidak ditemukan.', en: 'Region not found.' },
  itemHasNoIndicator: {
    id: 'Tindak lanjut ini tidak menyebut indikator, jadi tidak ada nilai yang bisa dicatat.',
    en: 'This action item names no indicator, so there is no value to record.',
  },
  indicatorValueOnlyWhenAccepting: {
    id: 'Nilai indikator hanya dicatat saat bukti diterima.',
    en: 'An indicator value is recorded only when the evidence is accepted.',
  },
  countInvalid: { id: 'Isi bilangan bulat 0 atau lebih.', en: 'Enter a whole number, 0 or more.' },
  organizationExists: {
    id: 'Instansi dengan nama ini sudah ada di wilayah tersebut.',
    en: 'An office with this name already exists in that region.',
  },
  nipExists: {
    id: 'NIP ini sudah terdaftar untuk orang lain.',
    en: 'This NIP is already registered to someone else.',
  },
  staleVersion: {
    id: 'Data ini sudah diubah orang lain sejak Anda membukanya. Periksa versi terbaru lalu simpan lagi.',
    en: 'Someone else changed this since you opened it. Review the latest version and save again.',
  },
  idempotencyKeyReused: {
    id: 'Kunci permintaan ini sudah dipakai untuk data lain.',
    en: 'This request key was already used for something else.',
  },
  illegalTransition: {
    id: 'Tindakan ini tidak bisa dilakukan pada status sekarang ({{value}}).',
    en: 'This action is not possible in the current status ({{value}}).',
  },
  reasonRequired: { id: 'Tuliskan alasannya.', en: 'Please give a reason.' },
  meetingOrLetterRequired: {
    id: 'Usulan yang tidak diajukan dalam rapat perlu nomor dan tanggal suratnya.',
    en: 'A proposal not raised in a meeting needs its letter number and date.',
  },
  dueDateInPast: { id: 'Tenggat tidak boleh sebelum hari ini.', en: 'The deadline cannot be before today.' },
  invalidDate: { id: 'Tanggal tidak valid (format TTTT-BB-HH).', en: 'Not a valid date (YYYY-MM-DD).' },
  extensionMustBeLater: {
    id: 'Tenggat baru harus setelah tenggat sekarang.',
    en: 'The new deadline must be after the current one.',
  },
  extensionPending: {
    id: 'Masih ada permintaan perpanjangan yang menunggu keputusan.',
    en: 'An extension request is still waiting for a decision.',
  },
  extensionNotPending: {
    id: 'Permintaan perpanjangan ini sudah diputuskan.',
    en: 'This extension request has already been decided.',
  },
  evidenceRequired: {
    id: 'Isi bukti: catatan, tautan, atau berkas.',
    en: 'Provide evidence: a note, a link or a file.',
  },
  sourceRequired: {
    id: 'Pilih asal tindak lanjut: rapat, usulan, atau komitmen.',
    en: 'Choose where this follow-up comes from: a meeting, a proposal or a commitment.',
  },
  progressOutOfRange: {
    id: 'Kemajuan antara 0 dan 100 persen.',
    en: 'Progress is between 0 and 100 percent.',
  },
  fileTooLarge: {
    id: 'Berkas terlalu besar: paling besar {{value}} MB.',
    en: 'File too large: at most {{value}} MB.',
  },
  fileTypeNotAllowed: {
    id: 'Jenis berkas tidak diizinkan. Gunakan PDF, DOCX, XLSX, PNG atau JPG.',
    en: 'File type not allowed. Use PDF, DOCX, XLSX, PNG or JPG.',
  },
  proposalNotFound: { id: 'Usulan tidak ditemukan.', en: 'Proposal not found.' },
  commitmentNotFound: { id: 'Komitmen tidak ditemukan.', en: 'Commitment not found.' },
  agreementNotFound: { id: 'Kesepakatan tidak ditemukan.', en: 'Agreement not found.' },
  agreementTooFewParties: {
    id: 'Kesepakatan memerlukan paling sedikit {{value}} pihak.',
    en: 'An agreement needs at least {{value}} parties.',
  },
  duplicateParty: {
    id: 'Pihak ini sudah tercantum; setiap instansi cukup sekali.',
    en: 'This party is already listed; each office appears once.',
  },
  notKeeperOfAgreement: {
    id: 'Hanya sekretariat dan kepala yang wilayahnya mencakup instansi pencatat kesepakatan ini yang dapat mengubahnya.',
    en: 'Only the secretariat and heads whose region covers the office keeping this agreement can change it.',
  },
  agreementClosed: {
    id: 'Kesepakatan ini sudah berakhir atau dibatalkan; isinya tidak diubah lagi.',
    en: 'This agreement has ended or was cancelled; its content no longer changes.',
  },
  notPartyOfAgreement: {
    id: 'Pihak yang berkomitmen harus salah satu pihak dalam kesepakatan ini.',
    en: 'The committing party must be one of the parties to this agreement.',
  },
  agreementPartyHasCommitments: {
    id: 'Pihak yang sudah memiliki komitmen dalam kesepakatan ini tidak dapat dihapus; lepaskan dahulu komitmennya.',
    en: 'A party that already has commitments under this agreement cannot be removed; unlink its commitments first.',
  },
  agreementDocumentType: {
    id: 'Dokumen kesepakatan harus berupa PDF atau gambar (PNG, JPEG).',
    en: 'The agreement document must be a PDF or an image (PNG, JPEG).',
  },
  actionItemNotFound: { id: 'Tindak lanjut tidak ditemukan.', en: 'Follow-up not found.' },
  representedByRequired: {
    id: 'Isi siapa yang mewakili.',
    en: 'Enter who attended in their place.',
  },
  meetingNotStarted: {
    id: 'Rapat yang belum dimulai tidak bisa dicatat sudah terlaksana.',
    en: 'A meeting that has not started yet cannot be recorded as held.',
  },
  participantNotFound: {
    id: 'Peserta tidak ditemukan di rapat ini.',
    en: 'Participant not found in this meeting.',
  },
  extensionNotFound: { id: 'Permintaan perpanjangan tidak ditemukan.', en: 'Extension request not found.' },
  fileNotFound: { id: 'Berkas tidak ditemukan.', en: 'File not found.' },
  proposalNotAccepted: {
    id: 'Komitmen hanya dapat dibuat dari usulan yang diterima (status usulan sekarang: {{value}}).',
    en: 'Commitments can only come from an accepted proposal (the proposal is now: {{value}}).',
  },
  duplicateProposal: {
    id: 'Usulan ini sudah dipilih.',
    en: 'This proposal is already chosen.',
  },
  proposalIdsMismatch: {
    id: 'Usulan (proposalId) harus sama dengan usulan pertama di daftar usulan (proposalIds).',
    en: 'The proposal (proposalId) must be the first of the proposals (proposalIds).',
  },
  invalidCredentials: { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  tooManyAttempts: {
    id: 'Terlalu banyak percobaan. Coba lagi dalam {{value}} menit.',
    en: 'Too many attempts. Try again in {{value}} minutes.',
  },
  passwordTooShort: {
    id: 'Kata sandi paling sedikit {{value}} karakter.',
    en: 'A password has at least {{value}} characters.',
  },
  invalidEmail: { id: 'Alamat email tidak valid.', en: 'Not a valid email address.' },
  tokenInvalid: {
    id: 'Tautan ini tidak berlaku lagi (kedaluwarsa atau sudah dipakai). Minta tautan baru.',
    en: 'This link is no longer valid (expired or already used). Ask for a new one.',
  },
  emailTaken: {
    id: 'Email ini sudah dipakai akun lain.',
    en: 'This email is already used by another account.',
  },
  notSignedIn: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  forbidden: { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  notOrganizerOfMeeting: {
    id: 'Hanya sekretariat dan kepala instansi penyelenggara rapat (atau di atasnya) yang dapat mengubah ini. Instansi peserta hanya dapat membaca.',
    en: "Only the secretariat and heads of the meeting's organising office (or above it) can change this. Attending offices can only read it.",
  },
  notOwnerOfRecord: {
    id: 'Hanya sekretariat dan kepala instansi pemilik catatan ini (atau di atasnya) yang dapat mengubahnya.',
    en: 'Only the secretariat and heads of the office this record belongs to (or above it) can change it.',
  },
  onlyHeadsOverOwner: {
    id: 'Hanya kepala instansi penanggung jawab (atau di atasnya) yang dapat menugaskan dan memutuskan tindak lanjut ini.',
    en: 'Only heads of the responsible office (or above it) can assign and decide on this follow-up.',
  },
  tooManyFiles: {
    id: 'Paling banyak 10 berkas untuk satu kiriman bukti.',
    en: 'At most 10 files per submission of evidence.',
  },
  onlyHeadsAssignDrafts: {
    id: 'Hanya kepala instansi penyelenggara rapat yang dapat menugaskan atau membatalkan draf tindak lanjut.',
    en: "Only heads of the meeting's host office can assign or cancel a draft follow-up.",
  },
  onlyDraftersCancelDrafts: {
    id: 'Hanya sekretariat dan kepala instansi penyelenggara rapat yang dapat membatalkan draf tindak lanjut.',
    en: "Only the secretariat and heads of the meeting's host office can cancel a draft follow-up.",
  },
  onlySecretariatDrafts: {
    id: 'Hanya sekretariat dan kepala instansi penyelenggara rapat yang dapat membuat draf tindak lanjut.',
    en: "Only the secretariat and heads of the meeting's host office can draft follow-ups.",
  },
  draftNotOpen: {
    id: 'Draf tindak lanjut belum ditugaskan; tugaskan dulu sebelum mengerjakannya.',
    en: 'This draft follow-up has not been assigned yet; assign it before working on it.',
  },
  notOwnerOfItem: {
    id: 'Hanya penanggung jawab tindak lanjut ini (atau kepala instansinya) yang dapat melaporkan, mengomentari atau mengirim bukti.',
    en: "Only the person responsible for this follow-up (or their office's head) can report on it, comment or submit evidence.",
  },
  cannotChangeOwnAccount: {
    id: 'Anda tidak dapat mengubah instansi, peran atau status aktif akun Anda sendiri. Minta admin lain.',
    en: 'You cannot change the office, role or active state of your own account. Ask another admin.',
  },
  fileNotYours: {
    id: 'Berkas tidak ditemukan. Unggah berkasnya sendiri sebelum melampirkannya.',
    en: 'File not found. Upload the file yourself before attaching it.',
  },
  userNotFound: { id: 'Pengguna tidak ditemukan.', en: 'User not found.' },
  invitationNotPending: {
    id: 'Undangan hanya dapat dikirim ulang kepada pengguna aktif yang belum mengatur kata sandi.',
    en: 'An invitation can only be resent to an active user who has not set a password yet.',
  },
  emailNotFound: { id: 'Surel tidak ditemukan.', en: 'Email not found.' },
  emailNotFailed: {
    id: 'Hanya surel yang gagal terkirim yang dapat dikirim ulang.',
    en: 'Only an email that failed can be sent again.',
  },
  indicatorImportMissingRegionColumn: {
    id: 'Kolom Wilayah atau Kode wilayah tidak ditemukan di baris judul.',
    en: 'No Region or Region code column in the header row.',
  },
  indicatorImportMissingRegion: { id: 'Wilayah kosong.', en: 'The region is missing.' },
  indicatorImportPeriodMissing: {
    id: 'Periode kosong: isi kolom Periode atau pilih periode untuk seluruh berkas.',
    en: 'No period: fill in the Period column or choose a period for the whole file.',
  },
  indicatorImportPeriodKind: {
    id: 'Periode "{{value}}" tidak sesuai jenis periode indikator ini: tulis tahun (2025), triwulan (2025-Q1) atau bulan (2025-01).',
    en: 'Period "{{value}}" does not fit this indicator\'s period kind: write a year (2025), a quarter (2025-Q1) or a month (2025-01).',
  },
  indicatorImportBadValue: {
    id: 'Nilai "{{value}}" bukan angka (mis. 3,45) atau predikat indikator ini.',
    en: 'The value "{{value}}" is not a number (e.g. 3.45) or a predicate of this indicator.',
  },
  indicatorImportUnknownPredicate: {
    id: 'Predikat "{{value}}" bukan salah satu kategori nilai indikator ini.',
    en: 'The predicate "{{value}}" is not one of this indicator\'s bands.',
  },
  indicatorImportOutsideScope: {
    id: 'Wilayah ini di luar cakupan Anda; nilainya tidak diimpor.',
    en: 'This region is outside your scope; its value is not imported.',
  },
  indicatorImportStale: {
    id: 'Nilai {{value}} sudah diubah orang lain sejak pratinjau; pratinjau ulang berkasnya sebelum mengimpor. Tidak ada yang tersimpan.',
    en: 'The value for {{value}} was changed by someone else since the preview; preview the file again before importing. Nothing was saved.',
  },
  importUnreadableFile: {
    id: 'Berkas tidak dapat dibaca: unggah CSV (dipisah ; atau ,) atau XLSX.',
    en: 'The file cannot be read: upload a CSV (separated by ; or ,) or an XLSX file.',
  },
  importMissingNameColumn: {
    id: 'Kolom Nama tidak ditemukan di baris judul.',
    en: 'No Name column in the header row.',
  },
  importMissingName: { id: 'Nama kosong.', en: 'The name is missing.' },
  importUnknownRegion: { id: 'Wilayah "{{value}}" tidak dikenal.', en: 'Unknown region "{{value}}".' },
  importOfficeOutOfScope: {
    id: 'Instansi baru di luar wilayah Anda tidak dapat dibuat.',
    en: 'You cannot create a new office outside your region.',
  },
  importAmbiguousPerson: {
    id: 'Lebih dari satu orang cocok dengan nama dan instansi ini; tambahkan NIP.',
    en: 'More than one person matches this name and office; add the NIP.',
  },
  importAlreadyParticipant: {
    id: 'Sudah menjadi peserta rapat ini.',
    en: 'Already a participant of this meeting.',
  },
  importRepeatedRow: {
    id: 'Orang yang sama sudah ada di baris {{value}}.',
    en: 'The same person is already on row {{value}}.',
  },
  importFormulaCell: {
    id: 'Sel berisi rumus ("{{value}}"); ketik nilainya sebagai teks biasa.',
    en: 'A cell holds a formula ("{{value}}"); type its value as plain text.',
  },
  directoryImportRepeatedRow: {
    id: 'Sama dengan baris {{value}} di berkas ini; hapus salah satunya.',
    en: 'The same as row {{value}} of this file; remove one of them.',
  },
  directoryImportOutOfScope: {
    id: 'Instansi ini di luar wilayah Anda; lewati baris ini atau minta admin mengimpornya.',
    en: 'This office is outside your region; skip this row or ask an admin to import it.',
  },
  directoryImportUnknownKind: {
    id: 'Jenis "{{value}}" tidak dikenal; tulis Diskominfo, Pemerintah daerah, OPD, Kementerian, Badan, Perusahaan, Asosiasi atau Lainnya.',
    en: 'Unknown kind "{{value}}"; write Diskominfo, Regional government, Regional office, Ministry, Agency, Company, Association or Other.',
  },
  directoryImportInvalidEmail: {
    id: 'Surel "{{value}}" tidak valid; perbaiki atau kosongkan.',
    en: 'The email "{{value}}" is not valid; correct it or leave it empty.',
  },
  internalError: {
    id: 'Terjadi kesalahan di server. Coba lagi sebentar lagi.',
    en: 'Something went wrong on the server. Please try again shortly.',
  },
  tooManyRequests: { id: 'Terlalu banyak permintaan.', en: 'Too many requests.' },
  unstorableText: {
    id: 'Teks berisi karakter yang tidak dapat disimpan (karakter NUL atau karakter rusak). Hapus karakter itu lalu coba lagi.',
    en: 'The text contains characters that cannot be saved (a NUL or a broken character). Remove them and try again.',
  },
  dateOutOfRange: {
    id: 'Tanggal harus antara tahun {{value}}.',
    en: 'The date must be within the years {{value}}.',
  },
  xlsxTooLarge: {
    id: 'Berkas XLSX terlalu besar setelah diekstrak (paling besar {{value}} MB). Simpan daftar hadir sebagai CSV, atau hapus lembar, gambar dan baris kosong yang tidak perlu.',
    en: 'The XLSX file is too large once unpacked (at most {{value}} MB). Save the attendance list as CSV, or remove the sheets, pictures and empty rows it does not need.',
  },
  requestRefused: {
    id: 'Permintaan ditolak: bukan dari aplikasi Tindak.',
    en: 'Request refused: not from the Tindak app.',
  },
  pageNotFound: { id: 'Alamat ini tidak ditemukan.', en: 'Nothing found at this address.' },
  uploadUnreadable: {
    id: 'Unggahan tidak dapat dibaca (terputus atau rusak). Coba unggah lagi.',
    en: 'The upload could not be read (cut off or damaged). Please upload it again.',
  },
  signInSlowedDown: {
    id: 'Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam {{value}} detik.',
    en: 'Too many failed sign-ins for this account. Try again in {{value}} seconds.',
  },
  resetMailWithheld: {
    id: 'Surel ini berisi tautan atur ulang kata sandi yang hanya untuk penerimanya, jadi isinya tidak ditampilkan.',
    en: 'This email holds a password-reset link meant for its recipient alone, so its content is not shown.',
  },
  documentsBusy: {
    id: 'Server sedang membuat banyak dokumen sekaligus. Coba unduh lagi sebentar lagi.',
    en: 'The server is making many documents at once. Try the download again shortly.',
  },
  documentTooLarge: {
    id: 'Dokumen terlalu besar untuk dibuat. Perkecil isinya (saring daftarnya atau persingkat notulen), lalu coba lagi.',
    en: 'The document is too large to generate. Make it smaller (filter the list or shorten the minutes) and try again.',
  },
  setupDone: {
    id: 'Tindak sudah disiapkan: akun admin sudah ada. Masuk dengan akun Anda.',
    en: 'Tindak is already set up: an admin account exists. Sign in with your account.',
  },
  setupTokenInvalid: {
    id: 'Tautan persiapan ini tidak berlaku. Pakai tautan terbaru dari log server (dicetak ulang setiap server dinyalakan).',
    en: 'This setup link is not valid. Use the latest link from the server log (printed again each time the server starts).',
  },
  testMailSubject: { id: 'Surat uji dari Tindak', en: 'Test mail from Tindak' },
  testMailBody: {
    id: 'Surat ini dikirim dari daftar persiapan di Beranda untuk memeriksa pengiriman email. Jika Anda membacanya, email dari Tindak sampai.',
    en: 'This mail was sent from the setup checklist on the home page to check mail delivery. If you can read it, mail from Tindak arrives.',
  },
  notKeeperOfOffice: {
    id: 'Hanya admin, serta sekretariat dan kepala yang wilayahnya mencakup instansi ini, yang dapat mengubahnya.',
    en: 'Only admins, and the secretariat and heads whose region covers this office, can change it.',
  },
  mergeSameOffice: {
    id: 'Pilih dua data instansi yang berbeda untuk digabungkan.',
    en: 'Choose two different office records to merge.',
  },
  organizationInactive: {
    id: 'Instansi ini sudah dinonaktifkan; aktifkan kembali dahulu.',
    en: 'This office has been deactivated; reactivate it first.',
  },
  organizationMerged: {
    id: 'Data instansi ini sudah digabungkan ke instansi lain dan tidak dapat diaktifkan kembali.',
    en: 'This office record was merged into another and cannot be reactivated.',
  },
  notKeeperOfPerson: {
    id: 'Hanya admin, serta sekretariat dan kepala yang wilayahnya mencakup instansi orang ini, yang dapat mengubahnya.',
    en: "Only admins, and the secretariat and heads whose region covers this person's office, can change them.",
  },
  personNameFromAccount: {
    id: 'Orang ini memiliki akun: nama dan instansinya diubah lewat halaman Pengguna oleh admin.',
    en: 'This person has an account: their name and office are changed by an admin on the Users page.',
  },
  mergeSamePerson: {
    id: 'Pilih dua data orang yang berbeda untuk digabungkan.',
    en: 'Choose two different person records to merge.',
  },
  personMerged: {
    id: 'Data orang ini sudah digabungkan ke data lain; ubah data yang dipertahankan.',
    en: 'This person record was merged into another; change the one that was kept.',
  },
  mergeTwoNips: {
    id: 'Kedua data ini memiliki NIP yang berbeda, jadi keduanya orang yang berbeda. Periksa NIP-nya; biarkan keduanya terpisah.',
    en: 'The two records have different NIPs, so they are different people. Check the NIPs; keep the records apart.',
  },
  mergeTwoAccounts: {
    id: 'Kedua orang ini sama-sama memiliki akun, dan dua akun tidak dapat menjadi satu orang. Biarkan kedua data ini terpisah.',
    en: 'Both people have an account, and two accounts cannot become one person. Keep the two records apart.',
  },
  directiveNotFound: { id: 'Arahan tidak ditemukan.', en: 'Directive not found.' },
  directiveOfficesRequired: {
    id: 'Pilih paling sedikit satu instansi, atau semua kabupaten/kota sebuah provinsi.',
    en: 'Choose at least one office, or all regencies/cities of a province.',
  },
  directiveNoRegencyOffices: {
    id: 'Tidak ada Diskominfo kabupaten/kota yang aktif di provinsi ini.',
    en: 'This province has no active regency/city Diskominfo office.',
  },
  directiveTooManyOffices: {
    id: 'Terlalu banyak instansi: paling banyak {{value}} dalam satu arahan.',
    en: 'Too many offices: at most {{value}} in one directive.',
  },
  directiveNotOpen: {
    id: 'Arahan ini sudah dibatalkan; arahan yang dibatalkan tidak dapat diubah.',
    en: 'This directive was cancelled; a cancelled directive cannot be changed.',
  },
  directiveOfficesAlreadyGiven: {
    id: 'Semua instansi yang dipilih sudah menerima arahan ini.',
    en: 'Every office chosen already has this directive.',
  },
  onlyHeadsOverDirective: {
    id: 'Hanya kepala yang wilayahnya mencakup instansi pemberi arahan dan setiap instansi penerimanya yang dapat melakukan ini.',
    en: 'Only a head whose scope covers the issuing office and every receiving office may do this.',
  },
} as const satisfies Record<string, WordPair>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(messages, value);
}

/** Key with an optional parameter: `tooLong|300`. */
export function messageRef(key: MessageKey, param?: string | number): string {
  return param === undefined ? key : `${key}|${param}`;
}

/** Translates a message reference; text that is not a reference is returned as it is. */
export function translateMessage(ref: string, lang: Language): string {
  const [key = '', value] = ref.split('|');
  if (!isMessageKey(key)) return ref;
  return translate(messages, lang, key, value === undefined ? undefined : { value });
}
