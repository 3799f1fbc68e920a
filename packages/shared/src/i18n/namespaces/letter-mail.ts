/**
 * The invitation email's words (issue 19): the surat undangan of a meeting reaches each participant
 * with an account by email, with the meeting as an .ics attachment. Same format as `mailWords`.
 */
export const invitationMailWords = {
  subject: { id: '[Tindak] Undangan: {{title}}', en: '[Tindak] Invitation: {{title}}' },
  heading: { id: 'Undangan rapat', en: 'Meeting invitation' },
  intro: {
    id: '{{host}} mengundang Anda ke rapat berikut (surat nomor {{number}}, {{date}}).',
    en: '{{host}} invites you to the meeting below (letter number {{number}}, {{date}}).',
  },
  preview: { id: '{{title}}: {{when}}', en: '{{title}}: {{when}}' },
  when: { id: 'Waktu', en: 'When' },
  place: { id: 'Tempat', en: 'Where' },
  agenda: { id: 'Acara', en: 'Agenda' },
  calendar: {
    id: 'Berkas kalender (.ics) terlampir: buka untuk menambahkan rapat ini ke kalender Anda.',
    en: 'A calendar file (.ics) is attached: open it to add this meeting to your calendar.',
  },
  letter: {
    id: 'Surat undangan resmi (PDF) dapat diunduh di halaman rapat.',
    en: 'The official invitation letter (PDF) can be downloaded from the meeting page.',
  },
  action: { id: 'Buka halaman rapat', en: 'Open the meeting page' },
  footerReason: {
    id: 'Anda menerima email ini karena tercatat sebagai peserta rapat di atas.',
    en: 'You receive this email because you are listed as a participant of the meeting above.',
  },
} as const;
