import { z } from 'zod';
import { attendanceStates, DEFAULT_TIME_ZONE, meetingTypes, participantRoles } from '../enums';
import { messageRef } from '../i18n/messages';
import {
  enumOf,
  idempotencyKeySchema,
  isoDateTimeSchema,
  optionalText,
  pageLimitSchema,
  regionCodeSchema,
  requiredText,
  timeZoneSchema,
  urlSchema,
  uuidSchema,
} from './common';
import { carryOverListInput } from './meeting-series';

export const MAX_PARTICIPANTS = 1000;

const participantCommon = {
  role: enumOf(participantRoles).default('participant'),
  attendance: enumOf(attendanceStates).default('invited'),
  /** The office the participant represents; for a known person it defaults to their own. */
  organizationId: uuidSchema.nullish().transform((v) => v ?? null),
  regionCode: regionCodeSchema.nullish().transform((v) => v ?? null),
  /** Who came in their place; required when attendance is "represented" (see checkMeeting). */
  representedBy: optionalText(200),
};

/**
 * "Diwakilkan" says someone else came in their place: the list must say who. Checked on the row
 * itself, so the form shows it even while other fields of the meeting are still to fix.
 */
function checkRepresented(row: { attendance: string; representedBy: string | null }, ctx: z.RefinementCtx) {
  if (row.attendance === 'represented' && !row.representedBy) {
    ctx.addIssue({ code: 'custom', path: ['representedBy'], message: 'representedByRequired' });
  }
}

export const participantInput = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('person'), personId: uuidSchema, ...participantCommon })
    .superRefine(checkRepresented),
  z
    .object({
      kind: z.literal('guest'),
      guestName: requiredText(200),
      guestPosition: optionalText(200),
      ...participantCommon,
    })
    .superRefine(checkRepresented),
]);
export type ParticipantInput = z.input<typeof participantInput>;

/** A count people may not know yet (null); never below zero, within what the column keeps. */
function countField(max: number) {
  return z
    .number({ error: 'countInvalid' })
    .int({ error: 'countInvalid' })
    .min(0, { error: 'countInvalid' })
    .max(max, { error: 'countInvalid' })
    .nullish()
    .transform((v) => v ?? null);
}

const meetingFields = z.object({
  type: enumOf(meetingTypes),
  title: requiredText(300),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  place: optionalText(300),
  onlineUrl: z
    .union([z.literal('').transform(() => null), urlSchema])
    .nullish()
    .transform((v) => v ?? null),
  hostOrganizationId: uuidSchema,
  summary: optionalText(20_000),
  participants: z
    .array(participantInput)
    .max(MAX_PARTICIPANTS, { error: messageRef('tooMany', MAX_PARTICIPANTS) })
    .default([]),
  /**
   * About how many came (a hall of 55 with no list of names). For a training, its quota and the
   * number trained; the quota may be exceeded, so neither bounds the other.
   */
  headcount: countField(1_000_000),
  trainingQuota: countField(10_000_000),
  trainedCount: countField(10_000_000),
  /**
   * The earlier meeting this one follows ("Rapat lanjutan dari"); on an update, absent keeps the
   * link as it is and null removes it.
   */
  followsMeetingId: uuidSchema.nullable().optional(),
  /** Open records of earlier meetings of the series for this agenda; absent on an update: unchanged. */
  carryOver: carryOverListInput.optional(),
});

type MeetingFields = z.output<typeof meetingFields>;

/** Rules that span fields; reported on the field the person should change. */
function checkMeeting(meeting: MeetingFields, ctx: z.RefinementCtx) {
  if (Date.parse(meeting.endsAt) < Date.parse(meeting.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' });
  }
  if (!meeting.place && !meeting.onlineUrl) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'placeOrLink' });
  }
  const seen = new Set<string>();
  meeting.participants.forEach((p, index) => {
    if (p.kind !== 'person') return;
    if (seen.has(p.personId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants', index, 'personId'],
        message: 'duplicateParticipant',
      });
    }
    seen.add(p.personId);
  });
}

export const meetingCreateInput = meetingFields
  .extend({
    idempotencyKey: idempotencyKeySchema,
    /**
     * Logged after the fact: the meeting is saved as held ("Rapat sudah terlaksana") in the same
     * change, rather than as scheduled. Refused for a meeting that has not started yet.
     */
    held: z.boolean().default(false),
  })
  .superRefine(checkMeeting);
export type MeetingCreateInput = z.input<typeof meetingCreateInput>;

export const meetingUpdateInput = meetingFields
  .extend({ id: uuidSchema, version: z.number().int().min(1) })
  .superRefine(checkMeeting);
export type MeetingUpdateInput = z.input<typeof meetingUpdateInput>;

export const meetingGetInput = z.object({ id: uuidSchema });

/** Meetings that look like the one being logged: same type, same host, same start date (in its zone). */
export const meetingSimilarInput = z.object({
  type: enumOf(meetingTypes),
  startsAt: isoDateTimeSchema,
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  hostOrganizationId: uuidSchema,
  /** The meeting being edited, which is not a duplicate of itself. */
  excludeId: uuidSchema.optional(),
});
export type MeetingSimilarInput = z.input<typeof meetingSimilarInput>;

export const meetingListInput = z
  .object({
    cursor: z.string().max(200).nullish(),
    limit: pageLimitSchema,
    type: enumOf(meetingTypes).optional(),
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    /** A province code also matches meetings of its regencies and cities. */
    regionCode: regionCodeSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.from && input.to && Date.parse(input.from) > Date.parse(input.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'fromAfterTo' });
    }
  })
  .default({ limit: 20 });
export type MeetingListInput = z.input<typeof meetingListInput>;

const orgRef = z.object({ id: z.string(), name: z.string() });
const regionRef = z.object({ code: z.string(), name: z.string() });

export const meetingSummarySchema = z.object({
  id: z.string(),
  type: z.enum(meetingTypes),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  host: orgRef,
  status: z.enum(['scheduled', 'held', 'postponed', 'cancelled']),
  participantCount: z.number().int(),
  regions: z.array(regionRef),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingSimilarOutput = z.array(meetingSummarySchema);

export const meetingListOutput = z.object({
  items: z.array(meetingSummarySchema),
  nextCursor: z.string().nullable(),
});
export type MeetingListOutput = z.infer<typeof meetingListOutput>;

export const participantSchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'guest']),
  personId: z.string().nullable(),
  name: z.string(),
  position: z.string().nullable(),
  organization: orgRef.nullable(),
  region: regionRef.nullable(),
  role: z.enum(participantRoles),
  attendance: z.enum(attendanceStates),
  representedBy: z.string().nullable(),
});
export type Participant = z.infer<typeof participantSchema>;

export const eventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  /** Who did it, by account name; null for the system (demo data, jobs). */
  actorName: z.string().nullable(),
  eventType: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type DomainEventView = z.infer<typeof eventSchema>;

export const regionAttendanceSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Participants from the region (or beneath it) by attendance. */
  invited: z.number().int(),
  present: z.number().int(),
  represented: z.number().int(),
  absent: z.number().int(),
  /** True when someone from the region was present or represented. */
  attended: z.boolean(),
});
export type RegionAttendance = z.infer<typeof regionAttendanceSchema>;

export const fileRefSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type FileRef = z.infer<typeof fileRefSchema>;

export const meetingDetailSchema = meetingSummarySchema.extend({
  summary: z.string().nullable(),
  statusReason: z.string().nullable(),
  minutes: z.string().nullable(),
  agenda: z.array(z.object({ position: z.number().int(), title: z.string(), notes: z.string().nullable() })),
  attachments: z.array(fileRefSchema),
  attendanceByRegion: z.array(regionAttendanceSchema),
  /** The regions of the office(s) the record belongs to: who may change it (see `mayChangeRecord`). */
  homeRegionCodes: z.array(z.string().nullable()),
  allowedActions: z.array(z.enum(['markHeld', 'postpone', 'reschedule', 'cancel'])),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  participants: z.array(participantSchema),
  history: z.array(eventSchema),
  /** About how many came; for a training, its quota and the number trained (null: not known). */
  headcount: z.number().int().nullable(),
  trainingQuota: z.number().int().nullable(),
  trainedCount: z.number().int().nullable(),
  /** The earlier meeting this one follows (issue 19); see meetingSeries.get for the whole series. */
  followsMeetingId: z.string().nullable().optional(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

// --- Lifecycle, minutes, agenda, attendance, attachments ---------------------------------------

export const meetingStatusInput = z
  .object({
    id: uuidSchema,
    version: z.number().int().min(1),
    action: z.enum(['markHeld', 'postpone', 'reschedule', 'cancel'], { error: 'invalidChoice' }),
    reason: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if ((input.action === 'postpone' || input.action === 'cancel') && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
    }
  });

export const agendaItemInput = z.object({ title: requiredText(300), notes: optionalText(5000) });

export const meetingMinutesInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  /** Markdown. */
  minutes: optionalText(100_000),
  agenda: z
    .array(agendaItemInput)
    .max(50, { error: messageRef('tooMany', 50) })
    .default([]),
});

export const attendanceEntryInput = z
  .object({
    participantId: uuidSchema,
    attendance: enumOf(attendanceStates),
    representedBy: optionalText(200),
  })
  .superRefine((entry, ctx) => {
    // "Diwakilkan" says someone else came in their place: the list must say who.
    if (entry.attendance === 'represented' && !entry.representedBy) {
      ctx.addIssue({ code: 'custom', path: ['representedBy'], message: 'representedByRequired' });
    }
  });

export const meetingAttendanceInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  entries: z
    .array(attendanceEntryInput)
    .min(1, { error: 'required' })
    .max(MAX_PARTICIPANTS, { error: messageRef('tooMany', MAX_PARTICIPANTS) }),
  /** Made on the device when the person saves, so a resend of a queued change applies once. */
  idempotencyKey: idempotencyKeySchema,
});

export const meetingAttachmentInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  fileId: uuidSchema,
});
