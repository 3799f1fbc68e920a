import { z } from 'zod';
import { actionItemPriorities, actionItemStatuses } from '../enums';
import { messageRef } from '../i18n/messages';
import { healthStates } from '../status/health';
import {
  dateOnlySchema,
  enumOf,
  idempotencyKeySchema,
  optionalText,
  pageLimitSchema,
  refSchema,
  regionCodeSchema,
  requiredText,
  uuidSchema,
} from './common';
import { linkedRecord } from './linked-record';

/**
 * A directive (arahan, issue 19): one instruction a head hands to many offices in one step. Each
 * office gets its own action item; the directive holds what they share and closes when every item
 * is done or cancelled.
 */
export const directiveStatuses = ['open', 'closed', 'cancelled'] as const;
export type DirectiveStatus = (typeof directiveStatuses)[number];
export const directiveStatusSchema = enumOf(directiveStatuses);

/** At most this many offices in one step (a province has at most a few dozen regencies/cities). */
export const DIRECTIVE_MAX_OFFICES = 200;

const optionalUuid = uuidSchema.nullish().transform((v) => v ?? null);
const versioned = { id: uuidSchema, version: z.number().int().min(1) };

/** The offices a directive goes to: chosen ones, all regencies/cities of a province, or both. */
const officeChoice = {
  officeIds: z
    .array(uuidSchema)
    .max(DIRECTIVE_MAX_OFFICES, { error: messageRef('directiveTooManyOffices', DIRECTIVE_MAX_OFFICES) })
    .optional(),
  /** Every active Diskominfo office of the province's regencies and cities ("Semua kabupaten/kota"). */
  allRegencyOfficesOf: regionCodeSchema.optional(),
};

function requireOffices(
  input: { officeIds?: string[] | undefined; allRegencyOfficesOf?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if ((input.officeIds?.length ?? 0) === 0 && !input.allRegencyOfficesOf) {
    ctx.addIssue({ code: 'custom', path: ['officeIds'], message: 'directiveOfficesRequired' });
  }
}

export const directiveIssueInput = z
  .object({
    title: requiredText(300),
    instruction: optionalText(10_000),
    /** The meeting it was given in: also each item's meeting. */
    meetingId: optionalUuid,
    dueOn: dateOnlySchema,
    priority: enumOf(actionItemPriorities).default('normal'),
    ...officeChoice,
    /** An indicator each item is meant to move, in its own office's region (issue 18). */
    indicatorId: optionalUuid,
    /** The office giving it: the caller's own when left out (the demo seed names the province's). */
    issuedByOrganizationId: optionalUuid,
    /** The person giving it: the caller's own when left out. */
    issuedByPersonId: optionalUuid,
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine(requireOffices);
export type DirectiveIssueInput = z.input<typeof directiveIssueInput>;

export const directiveGetInput = z.object({ id: uuidSchema });

/**
 * Edits what the offices share. A new deadline moves every open item whose deadline was still the
 * directive's (an item given more time keeps its own); title, instruction and priority change the
 * directive only (each item keeps the words it was given, which its owner may have passed down).
 */
export const directiveUpdateInput = z.object({
  ...versioned,
  title: requiredText(300),
  instruction: optionalText(10_000),
  dueOn: dateOnlySchema,
  priority: enumOf(actionItemPriorities),
});
export type DirectiveUpdateInput = z.input<typeof directiveUpdateInput>;

export const directiveAddOfficesInput = z
  .object({ ...versioned, ...officeChoice })
  .superRefine(requireOffices);
export type DirectiveAddOfficesInput = z.input<typeof directiveAddOfficesInput>;

export const directiveCancelInput = z.object({
  ...versioned,
  reason: requiredText(2000),
});
export type DirectiveCancelInput = z.input<typeof directiveCancelInput>;

export const directiveListInput = z
  .object({
    status: directiveStatusSchema.optional(),
    meetingId: uuidSchema.optional(),
    /** Directives issued in the region or handed to an office in it. */
    regionCode: regionCodeSchema.optional(),
    cursor: z.string().max(500).optional(),
    limit: pageLimitSchema,
  })
  .default({ limit: 20 });
export type DirectiveListInput = z.input<typeof directiveListInput>;

/** Where an office's item stands, as the directive's progress counts it. */
export const directiveStandings = [
  'done',
  'awaiting',
  'overdue',
  'in_progress',
  'not_started',
  'cancelled',
] as const;
export type DirectiveStanding = (typeof directiveStandings)[number];

/**
 * How the shown offices stand: each office counted once, in the first standing that applies (done;
 * evidence awaiting verification; overdue; in progress or blocked; not started; cancelled).
 */
export const directiveCountsSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  awaiting: z.number().int(),
  overdue: z.number().int(),
  inProgress: z.number().int(),
  /** Not started yet, or cancelled. */
  other: z.number().int(),
  cancelled: z.number().int(),
});
export type DirectiveCounts = z.infer<typeof directiveCountsSchema>;

const region = z.object({ code: z.string(), name: z.string() });

/** One office's item, as the directive page lists it. */
export const directiveOfficeRowSchema = z.object({
  itemId: z.string(),
  office: refSchema,
  region: region.nullable(),
  /** Who holds the item now, when the office passed it down (to a person or another office). */
  currentOwner: z.object({ organization: refSchema, person: refSchema.nullable() }).nullable(),
  status: z.enum(actionItemStatuses),
  standing: z.enum(directiveStandings),
  health: z.enum(healthStates).nullable(),
  progress: z.number().int(),
  dueOn: z.string(),
  lastUpdateAt: z.string(),
  version: z.number().int(),
});
export type DirectiveOfficeRow = z.infer<typeof directiveOfficeRowSchema>;

const directiveHeader = {
  id: z.string(),
  title: z.string(),
  status: z.enum(directiveStatuses),
  priority: z.enum(actionItemPriorities),
  dueOn: z.string(),
  issuedBy: z.object({ organization: refSchema, person: refSchema.nullable() }),
  region: region.nullable(),
  meeting: linkedRecord({ id: z.string(), title: z.string() }).nullable(),
  counts: directiveCountsSchema,
  closedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
};

export const directiveSummarySchema = z.object(directiveHeader);
export type DirectiveSummary = z.infer<typeof directiveSummarySchema>;

export const directiveListOutput = z.object({
  items: z.array(directiveSummarySchema),
  nextCursor: z.string().nullable(),
});

export const directiveDetailSchema = z.object({
  ...directiveHeader,
  instruction: z.string().nullable(),
  updatedAt: z.string(),
  /** The offices in the reader's scope (a regency sees only its own row). */
  offices: z.array(directiveOfficeRowSchema),
  /** How many offices got the directive that the reader does not see. */
  officesOutsideScope: z.number().int(),
  /** What the reader may do: edit, add offices, cancel (all need a head over every office). */
  canEdit: z.boolean(),
  canAddOffices: z.boolean(),
  canCancel: z.boolean(),
});
export type DirectiveDetail = z.infer<typeof directiveDetailSchema>;
