import type { Database } from '@tindak/db';
import { renderCalendar } from '../calendar/ical';
import type { MailAttachment } from '../mail/transport';
import { findMeetingSummary } from '../repositories/meeting.repo';

/**
 * An invitation email's dedupe key: `undangan:<meeting>:<version>:<participant>`. The outbox keeps
 * no attachments (its table has no column for them), so the .ics is made when the email is sent,
 * from the meeting as it then stands: a time moved after the sending is the time the calendar gets.
 */
export function invitationDedupeKey(meetingId: string, version: number, participantId: string): string {
  return `undangan:${meetingId}:${version}:${participantId}`;
}

const KEY = /^undangan:([0-9a-f-]{36}):/;

/** The attachments of an outbox email: the meeting's .ics for an invitation, none for any other. */
export async function attachmentsFor(db: Database, dedupeKey: string): Promise<MailAttachment[]> {
  const meetingId = KEY.exec(dedupeKey)?.[1];
  if (!meetingId) return [];
  const meeting = await findMeetingSummary(db, meetingId);
  if (!meeting) return [];
  const ics = renderCalendar(meeting.title, [
    {
      // The same UID as the meeting's .ics download and calendar feed: one event in the calendar.
      uid: `rapat-${meeting.id}@tindak`,
      summary: meeting.title,
      start: new Date(meeting.startsAt),
      end: new Date(meeting.endsAt),
      location: meeting.place ?? meeting.onlineUrl,
      cancelled: meeting.status === 'cancelled',
    },
  ]);
  return [
    { filename: 'undangan.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
  ];
}
