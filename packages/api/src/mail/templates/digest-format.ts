import {
  formatCalendarDate,
  formatDate,
  formatTime,
  type Language,
  todayIn,
  zoneAbbreviation,
} from '@tindak/shared';
import type { DigestContent } from '../content';
import { mailMessages } from '../messages';

/** "2026-W48" -> 48. */
export function weekNumber(isoWeek: string): number {
  const match = /W(\d{1,2})$/.exec(isoWeek);
  return match ? Number(match[1]) : 0;
}

/** "24–30 November 2026", "27 Oktober – 2 November 2026", "29 Desember 2025 – 4 Januari 2026". */
export function formatDateRange(start: string, end: string, lang: Language): string {
  const last = formatCalendarDate(end, lang);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8, 10))}–${last}`;
  const first = formatCalendarDate(start, lang);
  return start.slice(0, 4) === end.slice(0, 4)
    ? `${first.replace(/ \d{4}$/, '')} – ${last}`
    : `${first} – ${last}`;
}

/** The calendar day an instant falls on in the reader's zone, written out ("3 November 2026"). */
export function formatInstantDate(iso: string, lang: Language, timeZone: string): string {
  return formatCalendarDate(todayIn(timeZone, new Date(iso)), lang);
}

/**
 * "3 terlambat · 5 jatuh tempo minggu ini · 2 selesai": the three numbers a head looks for first,
 * of the whole lists (the sections show their first rows).
 */
export function digestSummaryLine(content: DigestContent, lang: Language): string {
  const s = mailMessages(lang).digest.summary;
  return [
    s.overdue(content.more.overdue.total),
    s.dueThisWeek(content.more.dueThisWeek.total),
    s.resolved(content.more.resolvedLastWeek.total),
  ].join(' · ');
}

/** "Ringkasan ini terlambat: seharusnya terkirim Senin, 7 Desember 2026 pukul 07.00 WIB". */
export function lateDigestLine(dueAt: string, lang: Language, timeZone: string): string {
  const time = `${formatTime(dueAt, lang, timeZone)} ${zoneAbbreviation(timeZone, new Date(dueAt))}`;
  return mailMessages(lang).digest.late(formatDate(dueAt, lang, timeZone), time);
}
