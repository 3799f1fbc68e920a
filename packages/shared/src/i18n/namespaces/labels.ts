import type { ActionItemPriority, MeetingType } from '../../enums';
import type { Role } from '../../policy';
import type { Health } from '../../status/health';
import type { WordPair } from '../words';

/**
 * The `labels` namespace: names of statuses, roles, meeting types and priorities, defined once for
 * the web, the API's messages ("not possible in status X"), exports, minutes and mail.
 */
export const labels = {
  statuses: {
    scheduled: { id: 'Terjadwal', en: 'Scheduled' },
    held: { id: 'Terlaksana', en: 'Held' },
    postponed: { id: 'Ditunda', en: 'Postponed' },
    cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
    draft: { id: 'Draf', en: 'Draft' },
    submitted: { id: 'Diajukan', en: 'Submitted' },
    under_review: { id: 'Dalam kajian', en: 'Under review' },
    accepted: { id: 'Diterima', en: 'Accepted' },
    partly_accepted: { id: 'Diterima sebagian', en: 'Partly accepted' },
    rejected: { id: 'Ditolak', en: 'Rejected' },
    withdrawn: { id: 'Ditarik', en: 'Withdrawn' },
    open: { id: 'Terbuka', en: 'Open' },
    in_progress: { id: 'Sedang dikerjakan', en: 'In progress' },
    fulfilled: { id: 'Terpenuhi', en: 'Fulfilled' },
    not_fulfilled: { id: 'Tidak terpenuhi', en: 'Not fulfilled' },
    awaiting_verification: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
    done: { id: 'Selesai', en: 'Done' },
    blocked: { id: 'Terhambat', en: 'Blocked' },
    /** A directive whose every item is done or cancelled (issue 19). */
    closed: { id: 'Selesai semua', en: 'All done' },
  },
  roles: {
    admin: { id: 'Admin', en: 'Admin' },
    secretariat: { id: 'Sekretariat', en: 'Secretariat' },
    head: { id: 'Kepala', en: 'Head of office' },
    staff: { id: 'Staf', en: 'Staff' },
    viewer: { id: 'Pemantau', en: 'Viewer' },
  } satisfies Record<Role, WordPair>,
  meetingTypes: {
    audiensi: { id: 'Audiensi', en: 'Audience' },
    rakornis: { id: 'Rakornis', en: 'Technical coordination meeting' },
    rakor: { id: 'Rakor', en: 'Coordination meeting' },
    forum: { id: 'Forum perangkat daerah', en: 'Regional office forum' },
    pelatihan: { id: 'Pelatihan / bimtek', en: 'Training / technical guidance' },
    kunjungan_kerja: { id: 'Kunjungan kerja', en: 'Working visit' },
    lainnya: { id: 'Lainnya', en: 'Other' },
  } satisfies Record<MeetingType, WordPair>,
  priorities: {
    low: { id: 'Rendah', en: 'Low' },
    normal: { id: 'Biasa', en: 'Normal' },
    high: { id: 'Tinggi', en: 'High' },
    urgent: { id: 'Mendesak', en: 'Urgent' },
  } satisfies Record<ActionItemPriority, WordPair>,
  healths: {
    on_track: { id: 'Sesuai jadwal', en: 'On track' },
    at_risk: { id: 'Berisiko', en: 'At risk' },
    overdue: { id: 'Terlambat', en: 'Overdue' },
  } satisfies Record<Health, WordPair>,
} as const;
