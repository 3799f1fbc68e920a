import { DEFAULT_TIME_ZONE, isoToZonedWallTime, todayIn } from '@tindak/shared';

/**
 * The day a proposal or promise recorded from a meeting is dated by default: the meeting's own day
 * (in its time zone), not the day it is typed in; today without a meeting.
 */
export function meetingDay(meeting: { startsAt: string; timeZone?: string } | null | undefined): string {
  if (!meeting) return todayIn();
  return isoToZonedWallTime(meeting.startsAt, meeting.timeZone ?? DEFAULT_TIME_ZONE).slice(0, 10);
}
