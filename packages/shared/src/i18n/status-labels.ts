import type { Language } from '../enums';

/** Names of every status, for the web and for messages such as "not possible in status X". */
export const statusLabels = {
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
} as const satisfies Record<string, Record<Language, string>>;

export type StatusLabelKey = keyof typeof statusLabels;

export function statusLabel(status: string, lang: Language): string {
  return Object.hasOwn(statusLabels, status) ? statusLabels[status as StatusLabelKey][lang] : status;
}
