import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { attendanceFileSchema } from './attendance-import';
import { uuidSchema } from './common';

// The directory import (offices or people from CSV/XLSX) goes through the attendance import's
// preview-then-apply flow and takes its file the same way: base64 in the JSON request.

export const directoryImportKinds = ['offices', 'people'] as const;
export type DirectoryImportKind = (typeof directoryImportKinds)[number];

/** A directory table is a few hundred rows; past this the file is refused before it is all read. */
export const MAX_DIRECTORY_IMPORT_ROWS = 1000;

/** What the importer decided for one row: leave it out, create it, or take it as an existing record. */
export const directoryImportActions = ['skip', 'create', 'match'] as const;

export const directoryImportChoiceSchema = z.object({
  rowNumber: z.number().int().min(2),
  /** Left out: as the import recognises it (after `organizationId`, when given). */
  action: z.enum(directoryImportActions).optional(),
  /** For `match`: the existing office (offices) or person (people). */
  matchId: uuidSchema.optional(),
  /** People only: the existing office the person belongs to, when the import was not sure. */
  organizationId: uuidSchema.optional(),
});
export type DirectoryImportChoice = z.infer<typeof directoryImportChoiceSchema>;

export const directoryImportPreviewInput = z.object({
  kind: z.enum(directoryImportKinds),
  content: attendanceFileSchema,
  choices: z
    .array(directoryImportChoiceSchema)
    .max(MAX_DIRECTORY_IMPORT_ROWS, { error: messageRef('tooMany', MAX_DIRECTORY_IMPORT_ROWS) })
    .default([]),
});
export type DirectoryImportPreviewInput = z.input<typeof directoryImportPreviewInput>;

/** Apply reads the same file again in its transaction; the key makes a retried apply a no-op. */
export const directoryImportApplyInput = directoryImportPreviewInput.extend({
  idempotencyKey: uuidSchema,
});

/**
 * - new: will be created; update: an existing record, with what would change; unchanged: already
 *   there as the file says; skip: the importer left it out; error: cannot be imported (see reason).
 */
export const directoryImportOutcomes = ['new', 'update', 'unchanged', 'skip', 'error'] as const;
export type DirectoryImportOutcome = (typeof directoryImportOutcomes)[number];

const recordRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The office's region, or the person's office: what tells two of the same name apart. */
  detail: z.string().nullable(),
});
export type DirectoryImportRecordRef = z.infer<typeof recordRefSchema>;

export const directoryImportRowSchema = z.object({
  rowNumber: z.number().int(),
  name: z.string(),
  /** The row's other cells as typed, by column (position, office, kind, region...). */
  cells: z.record(z.string(), z.string()),
  outcome: z.enum(directoryImportOutcomes),
  /** Why the row cannot be imported and what to fix, in the caller's language. */
  reason: z.string().nullable(),
  /** The existing record the row is (recognised or chosen). */
  existing: recordRefSchema.nullable(),
  /** For `update`: each field that would change. */
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  /** Other existing records the row may mean: "Cocokkan dengan…". */
  suggestions: z.array(recordRefSchema),
  /** People only: the person's office, existing or to be created by this import. */
  office: z
    .object({ id: z.string().nullable(), name: z.string(), status: z.enum(['existing', 'created']) })
    .nullable(),
  /** People only: offices the office cell may mean. */
  officeSuggestions: z.array(recordRefSchema),
});
export type DirectoryImportRow = z.infer<typeof directoryImportRowSchema>;

const countsSchema = z.object({
  new: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  skip: z.number().int(),
  error: z.number().int(),
});
export type DirectoryImportCounts = z.infer<typeof countsSchema>;

export const directoryImportPreviewOutput = z.object({
  kind: z.enum(directoryImportKinds),
  rows: z.array(directoryImportRowSchema),
  counts: countsSchema,
});
export type DirectoryImportPreview = z.infer<typeof directoryImportPreviewOutput>;

export const directoryImportApplyOutput = z.object({
  kind: z.enum(directoryImportKinds),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  /** People only: offices the file named that did not exist yet. */
  createdOffices: z.number().int(),
});
export type DirectoryImportResult = z.infer<typeof directoryImportApplyOutput>;
