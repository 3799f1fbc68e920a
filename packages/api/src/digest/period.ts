import { TZDate } from '@date-fns/tz';
import { zonedWallTimeToIso } from '@tindak/shared';
import { addDays, format, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

/**
 * The ISO week an instant falls in, in a time zone: "2026-W48", and its Monday..Sunday. The worker
 * asks the same question for every reader of a tick: the last few answers are kept.
 */
export function isoWeekIn(now: Date, timeZone: string): DigestPeriod {
  const key = `${now.getTime()}|${timeZone}`;
  let period = recentWeeks.get(key);
  if (!period) {
    period = Object.freeze(computeIsoWeek(now, timeZone));
    if (recentWeeks.size >= 16) recentWeeks.clear();
    recentWeeks.set(key, period);
  }
  return period;
}
export type DigestPeriod = Readonly<ReturnType<typeof computeIsoWeek>>;
const recentWeeks = new Map<string, DigestPeriod>();

function computeIsoWeek(now: Date, timeZone: string) {
  const local = new TZDate(now.getTime(), timeZone);
  const monday = startOfISOWeek(local);
  return {
    week: `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`,
    weekStart: format(monday, 'yyyy-MM-dd'),
    weekEnd: format(addDays(monday, 6), 'yyyy-MM-dd'),
    lastWeekStart: format(addDays(monday, -7), 'yyyy-MM-dd'),
    today: format(local, 'yyyy-MM-dd'),
    /** When the next week begins (its Monday 00:00 in the zone), in epoch milliseconds. */
    endsAt: Date.parse(zonedWallTimeToIso(`${format(addDays(monday, 7), 'yyyy-MM-dd')}T00:00`, timeZone)),
  };
}

/** Whether an instant is still in the period's week (the job that waited, weekly.ts). */
export function isInWeek(period: DigestPeriod, instant: Date): boolean {
  return instant.getTime() < period.endsAt;
}

/**
 * When a week's digest was due: its Monday at 07:00 in the zone. A digest composed on a later day
 * of the same week (the worker was down on Monday) is late and says so; its sections still cover
 * that week (`weekStart`, `lastWeekStart`), only "overdue" and "upcoming" are as of `today`.
 */
export function weeklyDigestDueAt(period: DigestPeriod, timeZone: string, hour = 7): Date {
  return new Date(zonedWallTimeToIso(`${period.weekStart}T${String(hour).padStart(2, '0')}:00`, timeZone));
}

export function weeklyDigestIsLate(period: DigestPeriod): boolean {
  return period.today !== period.weekStart;
}

/** Whether the weekly digest is due: Monday, at or after 07:00 local time. */
export function weeklyDigestDue(now: Date, timeZone: string, hour = 7): boolean {
  const local = new TZDate(now.getTime(), timeZone);
  return local.getDay() === 1 && local.getHours() >= hour;
}

/** Whether the daily summary is due: any day at or after 07:00 local time. */
export function localDateIfDailyDue(now: Date, timeZone: string, hour = 7): string | null {
  const local = new TZDate(now.getTime(), timeZone);
  return local.getHours() >= hour ? format(local, 'yyyy-MM-dd') : null;
}

/** 07:00 next Monday in a time zone: when the next weekly digest goes out. */
export function nextMondayMorning(now: Date, timeZone: string): Date {
  const nextMonday = format(addDays(startOfISOWeek(new TZDate(now.getTime(), timeZone)), 7), 'yyyy-MM-dd');
  return new Date(zonedWallTimeToIso(`${nextMonday}T07:00`, timeZone));
}
