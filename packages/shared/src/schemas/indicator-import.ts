import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { attendanceFileSchema } from './attendance-import';
import { requiredText, uuidSchema } from './common';
import { periodSchema } from './indicator';

// An indicator's values from a spreadsheet ("a province receives SPBE scores as a table"), through
// the directory import's preview-then-apply flow: the file travels as base64 in the JSON request,
// is read and checked row by row, and only the rows the importer saw are recorded, in one go.

/** Every region of a province over a few periods fits; past this the file is refused while read. */
export const MAX_INDICATOR_IMPORT_ROWS = 1000;

export const indicatorImportPreviewInput = z.object({
  indicatorId: uuidSchema,
  /** Shown in the source note ("Impor spbe-2024.csv") and kept on each event. */
  fileName: requiredText(200),
  contentBase64: attendanceFileSchema,
  /** For rows without a period column (or with the cell empty). */
  period: periodSchema.optional(),
});
export type IndicatorImportPreviewInput = z.input<typeof indicatorImportPreviewInput>;

/**
 * A row to record, with the version of its current value that the preview showed (null: none).
 * A row left out is not recorded: apply writes only what the importer saw.
 */
export const indicatorImportRowChoiceSchema = z.object({
  rowNumber: z.number().int().min(2),
  version: z.number().int().min(1).nullable(),
});
export type IndicatorImportRowChoice = z.infer<typeof indicatorImportRowChoiceSchema>;

export const indicatorImportApplyInput = indicatorImportPreviewInput.extend({
  rows: z
    .array(indicatorImportRowChoiceSchema)
    .max(MAX_INDICATOR_IMPORT_ROWS, { error: messageRef('tooMany', MAX_INDICATOR_IMPORT_ROWS) }),
  idempotencyKey: uuidSchema,
});
export type IndicatorImportApplyInput = z.input<typeof indicatorImportApplyInput>;

/**
 * - new: no value yet for that region and period; changed: replaces the current one (shown);
 *   same: already recorded as the file says; error: cannot be imported (see message);
 *   outside: a region the importer may not record values for.
 */
export const indicatorImportStatuses = ['new', 'changed', 'same', 'error', 'outside'] as const;
export type IndicatorImportStatus = (typeof indicatorImportStatuses)[number];

export const indicatorImportRowSchema = z.object({
  rowNumber: z.number().int(),
  /** The region cell(s) as typed: "15.01 Kabupaten Kerinci". */
  regionText: z.string(),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  period: z.string().nullable(),
  value: z.number().nullable(),
  predicate: z.string().nullable(),
  status: z.enum(indicatorImportStatuses),
  /** The value recorded now, for `changed` and `same`, with the version apply is checked against. */
  current: z
    .object({ value: z.number().nullable(), predicate: z.string().nullable(), version: z.number().int() })
    .nullable(),
  /** Why the row cannot be imported and what to fix, in the caller's language. */
  message: z.string().nullable(),
});
export type IndicatorImportRow = z.infer<typeof indicatorImportRowSchema>;

export const indicatorImportCountsSchema = z.object({
  new: z.number().int(),
  changed: z.number().int(),
  same: z.number().int(),
  error: z.number().int(),
  outside: z.number().int(),
});
export type IndicatorImportCounts = z.infer<typeof indicatorImportCountsSchema>;

export const indicatorImportPreviewOutput = z.object({
  rows: z.array(indicatorImportRowSchema),
  counts: indicatorImportCountsSchema,
});
export type IndicatorImportPreview = z.infer<typeof indicatorImportPreviewOutput>;

/** What apply did: the counts as planned in its transaction, and the rows it recorded. */
export const indicatorImportApplyOutput = z.object({
  recorded: z.number().int(),
  counts: indicatorImportCountsSchema,
  /** Rows valid to record that the importer did not confirm (not in `rows`). */
  skipped: z.number().int(),
});
export type IndicatorImportResult = z.infer<typeof indicatorImportApplyOutput>;
