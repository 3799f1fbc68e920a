import { z } from 'zod';
import { attendanceStates, meetingTypes, participantRoles } from '../enums';
import { fieldChanges, storedDateTime, transition } from './payload-parts';

/** A participant as the meeting events name them: who (a person or a guest), role, attendance. */
const participantFacts = z.object({
  personId: z.string().nullable(),
  guestName: z.string().nullable(),
  role: z.enum(participantRoles),
  attendance: z.enum(attendanceStates),
  /** Who came in their place; absent in events recorded before it was asked for. */
  representedBy: z.string().nullable().optional(),
});

/** Events on a meeting (aggregate `meeting`). */
export const meetingEvents = {
  MeetingLogged: z.object({
    type: z.enum(meetingTypes),
    title: z.string(),
    startsAt: storedDateTime,
    endsAt: storedDateTime,
    timeZone: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    hostOrganizationId: z.string(),
    summary: z.string().nullable(),
    participants: z.array(participantFacts),
    /** Issue 18; absent from events recorded before. Later changes go in MeetingUpdated's `changes`. */
    headcount: z.number().nullable().optional(),
    trainingQuota: z.number().nullable().optional(),
    trainedCount: z.number().nullable().optional(),
  }),
  MeetingUpdated: z.object({
    version: z.number(),
    changes: fieldChanges,
    participants: z.object({
      added: z.array(participantFacts),
      changed: z.array(participantFacts),
      removed: z.array(participantFacts),
    }),
  }),
  MeetingStatusChanged: transition.extend({ reason: z.string().nullable() }),
  MinutesRecorded: z.object({
    minutesLength: z.number(),
    minutesChanged: z.boolean(),
    /** The agenda items' titles. */
    agenda: z.array(z.string()),
  }),
  AttendanceRecorded: z.object({
    changes: z.array(
      z.object({
        participantId: z.string(),
        from: z.string(),
        to: z.string(),
        representedBy: z.string().nullable(),
      }),
    ),
  }),
  AttachmentAdded: z.object({ fileId: z.string(), fileName: z.string(), sizeBytes: z.number() }),
  AttachmentRemoved: z.object({ fileId: z.string() }),
  ParticipantsImported: z.object({
    added: z.number(),
    createdPeople: z.number(),
    createdOffices: z.number(),
    skipped: z.number(),
    errors: z.number(),
    matched: z.number(),
    personIds: z.array(z.string()),
  }),
  /** Issue 19: the meeting now follows another one (null: no longer part of a series). */
  MeetingSeriesLinked: z.object({
    followsMeetingId: z.string().nullable(),
    previousFollowsMeetingId: z.string().nullable(),
  }),
  /** Issue 19: its "Tindak lanjut rapat sebelumnya" section, in order, as chosen. */
  MeetingCarryOverSet: z.object({
    items: z.array(z.object({ kind: z.string(), id: z.string(), note: z.string().nullable() })),
  }),
} satisfies Record<string, z.ZodType>;
