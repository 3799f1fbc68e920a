import { z } from 'zod';
import { actionItemStatuses, attendanceStates, participantRoles } from '../enums';
import { meetingStatusMachine } from '../status/machines';
import { optionalText, requiredText, uuidSchema } from './common';
import {
  directoryListFields,
  directoryMergeInput,
  directoryPageOf,
  directoryStatuses,
} from './directory-list';
import { nipSchema } from './person';

/**
 * A person as the people directory shows them (`/orang`): office and region, whether they have an
 * account, what they were merged into, and the version an edit is made against. The NIP is null
 * for callers who may not see it (`seesNip`).
 */
export const directoryPersonSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  nip: z.string().nullable(),
  organization: z.object({ id: z.string(), name: z.string() }).nullable(),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The person's account, if they have one; its name and office are the person's. */
  userId: z.string().nullable(),
  /** Set on a duplicate that was merged: the person who took over its meetings and items. */
  mergedInto: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  version: z.number().int(),
});
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

/** `active`: people still in the directory; `inactive`: duplicates merged into another record. */
export const personStatuses = directoryStatuses;
export type PersonStatus = (typeof personStatuses)[number];

/** One page of people in (name, id) order; `q` ignores titles, case, accents and apostrophes. */
export const peopleDirectoryInput = z
  .object({
    /** `regionCode`: the region of the person's office and everything beneath it. */
    ...directoryListFields,
    organizationId: uuidSchema.optional(),
  })
  .default({ limit: 20, status: 'active' });
export type PeopleDirectoryInput = z.input<typeof peopleDirectoryInput>;

export const peopleDirectoryOutput = directoryPageOf(directoryPersonSchema);
export type PeopleDirectoryOutput = z.infer<typeof peopleDirectoryOutput>;

export const personGetInput = z.object({ id: uuidSchema });

/** A meeting the person took part in, as the person page lists it. */
export const personMeetingSchema = z.object({
  meetingId: z.string(),
  title: z.string(),
  startsAt: z.string(),
  status: z.enum(meetingStatusMachine.statuses),
  role: z.enum(participantRoles),
  attendance: z.enum(attendanceStates),
});

/** An action item the person is named responsible for. */
export const personItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(actionItemStatuses),
  dueOn: z.string(),
});

/** One person with their latest meetings and items: only those the caller may read. */
export const personGetOutput = z.object({
  person: directoryPersonSchema,
  meetings: z.array(personMeetingSchema),
  items: z.array(personItemSchema),
});
export type PersonGetOutput = z.infer<typeof personGetOutput>;

/**
 * Name, position, office and NIP. `nip` left out keeps the one on record (a caller who may not see
 * it sends none); null or '' removes it. A person with an account takes name and office from it.
 */
export const personUpdateInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  fullName: requiredText(200),
  position: optionalText(200),
  organizationId: uuidSchema.nullish().transform((v) => v ?? null),
  nip: z.union([z.literal('').transform(() => null), nipSchema]).nullish(),
});
export type PersonUpdateInput = z.input<typeof personUpdateInput>;

/** Two records of one person: `duplicateId`'s meetings, items and account move to `keepId`. */
export const personMergeInput = directoryMergeInput;
export type PersonMergeInput = z.input<typeof personMergeInput>;

export const personMergeOutput = z.object({
  kept: directoryPersonSchema,
  /** How many references moved to the person kept. */
  moved: z.number().int(),
});
