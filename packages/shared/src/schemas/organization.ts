import { z } from 'zod';
import { organizationKinds } from '../enums';
import {
  enumOf,
  idempotencyKeySchema,
  optionalText,
  regionCodeSchema,
  requiredText,
  textInput,
  uuidSchema,
} from './common';
import {
  directoryListFields,
  directoryMergeInput,
  directoryPageOf,
  directoryStatuses,
} from './directory-list';
import { officeLetterheadInput, officeLetterheadSchema } from './office-letterhead';

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(organizationKinds),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListInput = z
  .object({
    regionCode: regionCodeSchema.optional(),
    kind: enumOf(organizationKinds).optional(),
    search: textInput().trim().max(100).optional(),
  })
  .optional();
export const organizationListOutput = z.array(organizationSchema);

export const organizationCreateInput = z.object({
  name: requiredText(200),
  shortName: optionalText(60),
  kind: enumOf(organizationKinds),
  regionCode: regionCodeSchema.nullish().transform((v) => v ?? null),
  idempotencyKey: idempotencyKeySchema,
});
export type OrganizationCreateInput = z.input<typeof organizationCreateInput>;

/**
 * An office as the directory page shows it (`/instansi`): the picker fields plus whether it is
 * still in use, what it was merged into, and the version an edit is made against.
 */
export const directoryOfficeSchema = organizationSchema.extend({
  active: z.boolean(),
  /** Set on a duplicate that was merged: the office that took over its people and records. */
  mergedInto: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.number().int(),
  /** Kop surat and paper of its official letters (issue 19). */
  letterhead: officeLetterheadSchema.optional(),
});
export type DirectoryOffice = z.infer<typeof directoryOfficeSchema>;

export const officeStatuses = directoryStatuses;
export type OfficeStatus = (typeof officeStatuses)[number];

/** One page of the directory in (name, id) order; the region filter covers what lies beneath it. */
export const directoryListInput = z
  .object({
    /** `q`: part of the name or short name; case and accents are ignored. */
    ...directoryListFields,
    kind: enumOf(organizationKinds).optional(),
  })
  .default({ limit: 20, status: 'active' });
export type DirectoryListInput = z.input<typeof directoryListInput>;

export const directoryListOutput = directoryPageOf(directoryOfficeSchema);
export type DirectoryListOutput = z.infer<typeof directoryListOutput>;

export const organizationUpdateInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  name: requiredText(200),
  shortName: optionalText(60),
  kind: enumOf(organizationKinds),
  regionCode: regionCodeSchema.nullish().transform((v) => v ?? null),
  /** Issue 19: left out, the kop surat and paper stay as they are. */
  letterhead: officeLetterheadInput.optional(),
});
export type OrganizationUpdateInput = z.input<typeof organizationUpdateInput>;

export const organizationSetActiveInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  active: z.boolean(),
});

/**
 * Two records of the same office: `duplicateId`'s people, meetings, items, proposals, commitments
 * and accounts move to `keepId`; the duplicate stays, deactivated, pointing at the one kept.
 */
export const organizationMergeInput = directoryMergeInput;
export type OrganizationMergeInput = z.input<typeof organizationMergeInput>;

export const organizationMergeOutput = z.object({
  kept: directoryOfficeSchema,
  /** How many references moved to the office kept. */
  moved: z.number().int(),
});
