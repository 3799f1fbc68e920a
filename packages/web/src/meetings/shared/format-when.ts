import { formatDate, formatDateTime, formatTime, type Language, zoneAbbreviation } from '@tindak/shared';
import type { TFunction } from 'i18next';

interface Timed {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * "Senin, 3 November 2025 09.00 WIB sampai 12.00 WIB": the end repeats the date only when the
 * meeting runs over several days (a five-day training), always in the meeting's own zone.
 */
export function formatMeetingWhen(
  { startsAt, endsAt, timeZone }: Timed,
  lang: Language,
  t: TFunction,
): string {
  const start = formatDateTime(startsAt, lang, timeZone);
  if (Date.parse(endsAt) <= Date.parse(startsAt)) return start;
  if (formatDate(startsAt, lang, timeZone) === formatDate(endsAt, lang, timeZone)) {
    const time = `${formatTime(endsAt, lang, timeZone)} ${zoneAbbreviation(timeZone, new Date(endsAt))}`;
    return `${start} ${t('when.untilTime', { time })}`;
  }
  return `${start} ${t('when.untilDateTime', { dateTime: formatDateTime(endsAt, lang, timeZone) })}`;
}
