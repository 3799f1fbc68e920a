import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/**
 * The day (`YYYY-MM-DD`, in the meeting's own time zone) the earliest of these meetings started, or
 * null without one: what a proposal or commitment recorded from a meeting is dated by default.
 */
export async function earliestMeetingDay(
  db: Database,
  meetingIds: readonly string[],
): Promise<string | null> {
  if (meetingIds.length === 0) return null;
  const row = await db
    .selectFrom('meetings')
    .select(
      sql<string | null>`to_char(min((starts_at at time zone time_zone)::date), 'YYYY-MM-DD')`.as('day'),
    )
    .where('id', 'in', [...meetingIds])
    .executeTakeFirst();
  return row?.day ?? null;
}
