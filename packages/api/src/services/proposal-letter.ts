import type { Database } from '@tindak/db';
import { DEFAULT_TIME_ZONE, todayIn } from '@tindak/shared';
import { BadRequestError } from '../errors';
import { earliestMeetingDay } from '../repositories/meeting-day.repo';

/** Where a proposal came from: the meetings it was raised in and the letter it was sent by. */
interface Origin {
  meetingCount: number;
  letterDate: string | null;
}

const hasOrigin = (origin: Origin) => origin.meetingCount > 0 || origin.letterDate !== null;

/**
 * A proposal is raised in a meeting or sent by letter (surat); with neither nobody can tell where it
 * came from. The tables cannot say it (the meetings are rows of another table), so it is checked
 * here, inside the change's transaction. A proposal recorded before letters may have neither: an
 * edit of it is not refused for that, but an edit may not take the last meeting or the letter away.
 */
export function requireMeetingOrLetter(after: Origin, before?: Origin) {
  if (hasOrigin(after) || (before && !hasOrigin(before))) return;
  throw new BadRequestError('meetingOrLetterRequired', 'letterDate');
}

/**
 * A new proposal is dated by the earliest meeting it was raised in, else by its letter, else by
 * today (WIB).
 */
export async function defaultRaisedOn(
  db: Database,
  meetingIds: readonly string[],
  letterDate: string | null,
): Promise<string> {
  return (await earliestMeetingDay(db, meetingIds)) ?? letterDate ?? todayIn(DEFAULT_TIME_ZONE);
}
