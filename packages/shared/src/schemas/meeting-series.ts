import { z } from 'zod';
import { meetingTypes } from '../enums';
import { messageRef } from '../i18n/messages';
import { enumOf, optionalText, uuidSchema } from './common';
import { directiveSpreadSchema } from './directive-spread';

/**
 * A meeting series: each meeting may follow an earlier one (Forum Perangkat Daerah 2024 → Rakornis
 * 2025 → the next Rakornis). The meeting that follows carries some of the open records of the
 * earlier ones on its agenda ("Tindak lanjut rapat sebelumnya"); their status is read live.
 */

/**
 * The kinds of record a meeting can carry over. An open directive the reader sees is carried as one
 * line with its spread, not as its offices' items (a Rakornis directive to 11 offices is one line).
 */
export const carryOverKinds = ['proposal', 'commitment', 'actionItem', 'directive'] as const;
export type CarryOverKind = (typeof carryOverKinds)[number];

/** More than this on one agenda is no longer an agenda section; the form shows them all checked. */
export const MAX_CARRY_OVER = 200;

export const carryOverEntryInput = z.object({
  kind: enumOf(carryOverKinds),
  id: uuidSchema,
  note: optionalText(2000),
});
export type CarryOverEntryInput = z.input<typeof carryOverEntryInput>;

export const carryOverListInput = z
  .array(carryOverEntryInput)
  .max(MAX_CARRY_OVER, { error: messageRef('tooMany', MAX_CARRY_OVER) })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = `${entry.kind}:${entry.id}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'duplicateCarryOver' });
      seen.add(key);
    });
  });

export const meetingSeriesGetInput = z.object({ meetingId: uuidSchema });
export const carryOverCandidatesInput = z.object({
  followsMeetingId: uuidSchema,
  /** The meeting being edited: what it already carries is offered too, even if since closed. */
  meetingId: uuidSchema.optional(),
});
export const setCarryOverInput = z.object({
  meetingId: uuidSchema,
  version: z.number().int().min(1),
  items: carryOverListInput,
});

const orgRef = z.object({ id: z.string(), name: z.string() });
const meetingRef = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  timeZone: z.string(),
});

/** One open (or once open) record of an earlier meeting, with its current status. */
export const carryOverRecordSchema = z.object({
  kind: z.enum(carryOverKinds),
  id: z.string(),
  title: z.string(),
  /** The record's own status (its kind's status machine). */
  status: z.string(),
  /** Still open: its work is not over. */
  open: z.boolean(),
  /** Who must act on it: the owner office (or the office it is addressed to, for a proposal). */
  owner: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** The meeting of the series it came from. */
  fromMeeting: meetingRef.nullable(),
  /**
   * A directive's spread over the items the reader sees ("8 dari 11 selesai, 2 terlambat"): its
   * status on the agenda and in the notulen. Absent for other kinds, and when none of its items is
   * in the reader's scope.
   */
  spread: directiveSpreadSchema.optional(),
});
export type CarryOverRecord = z.infer<typeof carryOverRecordSchema>;

export const carryOverLineSchema = carryOverRecordSchema.extend({
  position: z.number().int(),
  note: z.string().nullable(),
});
export type CarryOverLine = z.infer<typeof carryOverLineSchema>;

export const seriesMeetingSchema = z.object({
  id: z.string(),
  type: z.enum(meetingTypes),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  status: z.enum(['scheduled', 'held', 'postponed', 'cancelled']),
  host: orgRef,
  followsMeetingId: z.string().nullable(),
  /** Open proposals, commitments and action items raised in it that the reader sees. */
  openFollowUps: z.number().int(),
});
export type SeriesMeeting = z.infer<typeof seriesMeetingSchema>;

export const meetingSeriesOutput = z.object({
  meetingId: z.string(),
  version: z.number().int(),
  /** The whole chain the reader sees, earliest first. */
  meetings: z.array(seriesMeetingSchema),
  previous: seriesMeetingSchema.nullable(),
  next: z.array(seriesMeetingSchema),
  /** This meeting's "Tindak lanjut rapat sebelumnya", in order, each record's current status. */
  carryOver: z.array(carryOverLineSchema),
});
export type MeetingSeries = z.infer<typeof meetingSeriesOutput>;

export const carryOverCandidatesOutput = z.object({ items: z.array(carryOverRecordSchema) });
export type CarryOverCandidates = z.infer<typeof carryOverCandidatesOutput>;
