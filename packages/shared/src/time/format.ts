import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import { DEFAULT_TIME_ZONE, indonesianTimeZones, type Language } from '../enums';

const locales = { id: idLocale, en: enUS } as const;

/** "WIB", "WITA", "WIT" for Indonesian zones; the zone's short name elsewhere. */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  const known = indonesianTimeZones[timeZone as keyof typeof indonesianTimeZones];
  if (known) return known;
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "Senin, 3 November 2025 09.00 WIB" (id) or "Monday, 3 November 2025 09:00 WIB" (en). */
export function formatDateTime(value: string | Date, lang: Language, timeZone = DEFAULT_TIME_ZONE): string {
  const date = new TZDate(new Date(value).getTime(), timeZone);
  const pattern = lang === 'id' ? 'EEEE, d MMMM yyyy HH.mm' : 'EEEE, d MMMM yyyy HH:mm';
  return `${format(date, pattern, { locale: locales[lang] })} ${zoneAbbreviation(timeZone, date)}`;
}

/** "Senin, 3 November 2025" without the time. */
export function formatDate(value: string | Date, lang: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(new Date(value).getTime(), timeZone), 'EEEE, d MMMM yyyy', {
    locale: locales[lang],
  });
}

/** "09.00" (id) or "09:00" (en) in the zone. */
export function formatTime(value: string | Date, lang: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(new Date(value).getTime(), timeZone), lang === 'id' ? 'HH.mm' : 'HH:mm');
}

/** Converts a wall-clock time typed in a zone ("2025-11-03T09:00") to an ISO instant. */
export function zonedWallTimeToIso(wallTime: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wallTime);
  if (!match) throw new Error(`Not a wall-clock time: ${wallTime}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime()).toISOString();
}

/** The wall-clock time ("2025-11-03T09:00") of an instant in a zone, for form inputs. */
export function isoToZonedWallTime(iso: string, timeZone: string): string {
  return format(new TZDate(new Date(iso).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * The last answer of todayIn per zone, for the minute it was asked in. Every list and dashboard
 * request asks; working it out (a zoned date, then formatting) was a visible share of a request's
 * CPU. Zones' offsets since 1970 are whole minutes, so a zone's date changes only as a UTC minute starts.
 */
const todayByZone = new Map<string, { minute: number; date: string }>();

/** Today's calendar date (YYYY-MM-DD) in a zone: deadlines are days in the office's own zone. */
export function todayIn(timeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const known = todayByZone.get(timeZone);
  if (known?.minute === minute) return known.date;
  const date = format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
  if (todayByZone.size > 64) todayByZone.clear();
  todayByZone.set(timeZone, { minute, date });
  return date;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "3 November 2025" for a calendar date. */
export function formatCalendarDate(value: string, lang: Language): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'd MMMM yyyy', { locale: locales[lang] });
}
