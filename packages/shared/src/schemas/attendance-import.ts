import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { uuidSchema } from './common';
import { MAX_PARTICIPANTS } from './meeting';

/** An attendance list is small: 1 MB of CSV or XLSX is thousands of rows (and fits the 2 MB body). */
export const MAX_ATTENDANCE_FILE_BYTES = 1024 * 1024;

/** The file travels as base64 inside the JSON request: no multipart upload, no stored copy. */
export const attendanceFileSchema = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(Math.ceil(MAX_ATTENDANCE_FILE_BYTES / 3) * 4, {
    error: messageRef('fileTooLarge', MAX_ATTENDANCE_FILE_BYTES / 1024 / 1024),
  })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'importUnreadableFile' });

/** "Cocokkan dengan…": the office (and person) the importer picked for one row, or 'new' to create one. */
export const attendanceRowChoiceSchema = z.object({
  rowNumber: z.number().int().min(2),
  organizationId: z.union([uuidSchema, z.literal('new')]).optional(),
  personId: z.union([uuidSchema, z.literal('new')]).optional(),
});
export type AttendanceRowChoice = z.infer<typeof attendanceRowChoiceSchema>;

const choicesSchema = z
  .array(attendanceRowChoiceSchema)
  .max(MAX_PARTICIPANTS, { error: messageRef('tooMany', MAX_PARTICIPANTS) })
  .default([]);

export const attendancePreviewInput = z.object({
  meetingId: uuidSchema,
  content: attendanceFileSchema,
  choices: choicesSchema,
});

/** The create form's import: no meeting yet, so nothing is written; the rows fill the unsaved form. */
export const attendanceRowsPreviewInput = z.object({
  content: attendanceFileSchema,
  choices: choicesSchema,
});

/** Apply parses the same file again inside the transaction, so it never trusts rows from the client. */
export const attendanceApplyInput = attendancePreviewInput.extend({
  version: z.number().int().min(1),
});

export const attendanceRowOutcomes = ['match', 'new', 'duplicate', 'error'] as const;
export type AttendanceRowOutcome = (typeof attendanceRowOutcomes)[number];

const officeRefSchema = z.object({ id: z.string(), name: z.string(), regionName: z.string().nullable() });
export type AttendanceOfficeRef = z.infer<typeof officeRefSchema>;

export const attendanceRowSchema = z.object({
  rowNumber: z.number().int(),
  name: z.string(),
  position: z.string(),
  office: z.string(),
  region: z.string(),
  nip: z.string(),
  outcome: z.enum(attendanceRowOutcomes),
  /** For a match or a duplicate: the existing person. */
  person: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  matchedBy: z.enum(['nip', 'nameAndOffice', 'choice']).nullable(),
  /** For a new person: their office exists already, will be created, or they have none. */
  officeStatus: z.enum(['existing', 'created', 'none']).nullable(),
  /** Why a row is skipped or refused, already in the caller's language. */
  reason: z.string().nullable(),
  /** The existing office the row is linked to (recognised or chosen); null when none or new. */
  organization: officeRefSchema.nullable(),
  /** The row's region, from its region column, its office text or its office. */
  regionCode: z.string().nullable(),
  /** Offices the row may mean but that were not linked for certain: "Cocokkan dengan…". */
  officeSuggestions: z.array(officeRefSchema),
  /** People of those offices with the row's name. */
  personSuggestions: z.array(
    z.object({ id: z.string(), fullName: z.string(), officeName: z.string().nullable() }),
  ),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

const countsSchema = z.object({
  match: z.number().int(),
  new: z.number().int(),
  duplicate: z.number().int(),
  error: z.number().int(),
});

export const attendancePreviewOutput = z.object({
  rows: z.array(attendanceRowSchema),
  counts: countsSchema,
});
export type AttendancePreview = z.infer<typeof attendancePreviewOutput>;

export const attendanceApplyOutput = z.object({
  added: z.number().int(),
  createdPeople: z.number().int(),
  createdOffices: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  version: z.number().int(),
});
export type AttendanceApplyResult = z.infer<typeof attendanceApplyOutput>;
