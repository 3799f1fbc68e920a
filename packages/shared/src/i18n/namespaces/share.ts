/**
 * The `share` namespace: the words of the short texts people paste into WhatsApp groups and other
 * chats ("Bagikan ke WhatsApp", "Salin teks"). Built by packages/shared/src/share, in the reader's
 * UI language, from what the reader's page already shows.
 */
export const shareWords = {
  kind: {
    meeting: { id: 'Rapat', en: 'Meeting' },
    actionItem: { id: 'Tindak lanjut', en: 'Follow-up' },
    commitment: { id: 'Komitmen', en: 'Commitment' },
    digest: { id: 'Ringkasan mingguan', en: 'Weekly digest' },
    directive: { id: 'Arahan', en: 'Directive' },
  },
  fact: {
    when: { id: 'Waktu', en: 'When' },
    place: { id: 'Tempat', en: 'Place' },
    online: { id: 'Daring', en: 'Online' },
    host: { id: 'Penyelenggara', en: 'Host' },
    participants_one: { id: '{{count}} peserta', en: '{{count}} participant' },
    participants_other: { id: '{{count}} peserta', en: '{{count}} participants' },
    status: { id: 'Status', en: 'Status' },
    due: { id: 'Tenggat', en: 'Deadline' },
    noDue: { id: 'Tanpa tenggat', en: 'No deadline' },
    owner: { id: 'Penanggung jawab', en: 'Responsible' },
    progress: { id: 'Progres', en: 'Progress' },
    region: { id: 'Wilayah', en: 'Region' },
    committedBy: { id: 'Pihak yang berkomitmen', en: 'Committed party' },
    fromMeeting: { id: 'Dari rapat', en: 'From the meeting' },
    issuedBy: { id: 'Dari', en: 'From' },
    offices: { id: 'Instansi', en: 'Offices' },
  },
  directiveProgress: {
    id: '{{done}} dari {{total}} selesai, {{overdue}} terlambat',
    en: '{{done}} of {{total}} done, {{overdue}} overdue',
  },
  until: { id: 'sampai {{time}}', en: 'until {{time}}' },
  agenda: { id: 'Agenda', en: 'Agenda' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  more_one: { id: 'dan {{count}} lainnya', en: 'and {{count}} more' },
  more_other: { id: 'dan {{count}} lainnya', en: 'and {{count}} more' },
  open: { id: 'Buka di Tindak:', en: 'Open in Tindak:' },
} as const;
