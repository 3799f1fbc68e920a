import type { Database } from '@tindak/db';
import type { AttendanceState, MeetingStatus } from '@tindak/shared';

// The writes of a change to a recorded meeting: its status, minutes, attendance and attachments,
// and the version that moves on once a change is done.

/** The meeting's whole row, locked for the change that follows. */
export function lockMeeting(db: Database, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function bumpMeetingVersion(db: Database, id: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set((eb) => ({ version: eb('version', '+', 1), updatedAt: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function setMeetingStatusRow(
  db: Database,
  id: string,
  status: MeetingStatus,
  reason: string | null | undefined,
): Promise<void> {
  await db.updateTable('meetings').set({ status, statusReason: reason }).where('id', '=', id).execute();
}

export async function setMeetingMinutes(db: Database, id: string, minutes: string | null): Promise<void> {
  await db.updateTable('meetings').set({ minutes }).where('id', '=', id).execute();
}

export async function setAttendance(
  db: Database,
  participantId: string,
  attendance: AttendanceState,
  representedBy: string | null,
): Promise<void> {
  await db
    .updateTable('meetingParticipants')
    .set({ attendance, representedBy })
    .where('id', '=', participantId)
    .execute();
}

/** Attaches a file (once: attaching it again changes nothing). */
export async function insertAttachment(db: Database, meetingId: string, fileId: string): Promise<void> {
  await db
    .insertInto('meetingAttachments')
    .values({ meetingId, fileId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Whether the file was attached (and so is now detached). */
export async function deleteAttachment(db: Database, meetingId: string, fileId: string): Promise<boolean> {
  const removed = await db
    .deleteFrom('meetingAttachments')
    .where('meetingId', '=', meetingId)
    .where('fileId', '=', fileId)
    .executeTakeFirst();
  return Number(removed.numDeletedRows) > 0;
}

/** Whether any meeting is recorded at all (the demo data loads only into an empty database). */
export async function anyMeetingRecorded(db: Database): Promise<boolean> {
  const { n } = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n) > 0;
}
