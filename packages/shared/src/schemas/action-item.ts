import { z } from 'zod';
import { actionItemActions, actionItemPriorities, actionItemStatuses } from '../enums';
import { healthStates } from '../status/health';
import {
  dateOnlySchema,
  enumOf,
  idempotencyKeySchema,
  optionalText,
  pageLimitSchema,
  regionCodeSchema,
  requiredText,
  urlSchema,
  uuidSchema,
} from './common';
import { directiveRefSchema, directiveSpreadSchema } from './directive-spread';
import { indicatorLinkInput, indicatorLinkSchema, verifiedValueInput } from './indicator';
import { linkedRecord } from './linked-record';

const versioned = { id: uuidSchema, version: z.number().int().min(1) };
const optionalUuid = uuidSchema.nullish().transform((v) => v ?? null);

export const actionItemCreateInput = z
  .object({
    title: requiredText(300),
    description: optionalText(10_000),
    meetingId: optionalUuid,
    proposalId: optionalUuid,
    commitmentId: optionalUuid,
    ownerOrganizationId: uuidSchema,
    ownerPersonId: optionalUuid,
    assignedByPersonId: optionalUuid,
    dueOn: dateOnlySchema,
    priority: enumOf(actionItemPriorities).default('normal'),
    /** The indicator and region the item is meant to move (issue 18). */
    indicator: indicatorLinkInput,
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine((input, ctx) => {
    if (!input.meetingId && !input.proposalId && !input.commitmentId) {
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'sourceRequired' });
    }
  });
export type ActionItemCreateInput = z.input<typeof actionItemCreateInput>;

/**
 * A follow-up the secretariat drafts from a meeting's minutes: always from a meeting, with the
 * office it is meant for; a head of the meeting's host office assigns it (or cancels it).
 */
export const actionItemDraftInput = z.object({
  title: requiredText(300),
  description: optionalText(10_000),
  meetingId: uuidSchema,
  ownerOrganizationId: uuidSchema,
  ownerPersonId: optionalUuid,
  dueOn: dateOnlySchema,
  priority: enumOf(actionItemPriorities).default('normal'),
  indicator: indicatorLinkInput,
  idempotencyKey: idempotencyKeySchema,
});
export type ActionItemDraftInput = z.input<typeof actionItemDraftInput>;

/** A head assigns a draft: one action, at the version they saw. */
export const actionItemAssignDraftInput = z.object({ ...versioned });

export const actionItemUpdateInput = z.object({
  ...versioned,
  title: requiredText(300),
  description: optionalText(10_000),
  ownerPersonId: optionalUuid,
  dueOn: dateOnlySchema,
  priority: enumOf(actionItemPriorities),
  /** Left out: as it is; null: no indicator any more. */
  indicator: indicatorLinkInput,
});
export type ActionItemUpdateInput = z.input<typeof actionItemUpdateInput>;

export const actionItemProgressInput = z.object({
  ...versioned,
  progress: z.number({ error: 'progressOutOfRange' }).int().min(0, { error: 'progressOutOfRange' }).max(100, {
    error: 'progressOutOfRange',
  }),
  note: optionalText(2000),
  /** Made on the device when the person saves, so a resend of a queued change applies once. */
  idempotencyKey: idempotencyKeySchema,
});

/** Status changes that are not part of delegation, extension or verification. */
export const actionItemTransitionInput = z
  .object({
    ...versioned,
    action: z.enum(['start', 'block', 'unblock', 'cancel'], { error: 'invalidChoice' }),
    reason: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if ((input.action === 'block' || input.action === 'cancel') && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
    }
  });

/** The drafter (or a head) withdraws a draft no one has been given yet; the reason goes in its history. */
export const actionItemCancelDraftInput = z
  .object({ ...versioned, reason: optionalText(2000) })
  .superRefine((input, ctx) => {
    if (!input.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
  });

export const actionItemDelegateInput = z.object({
  ...versioned,
  toOrganizationId: uuidSchema,
  toPersonId: optionalUuid,
  instruction: requiredText(2000),
});

export const extensionRequestInput = z.object({
  ...versioned,
  requestedDueOn: dateOnlySchema,
  reason: requiredText(2000),
});

export const extensionDecisionInput = z
  .object({
    ...versioned,
    extensionId: uuidSchema,
    approve: z.boolean(),
    /**
     * The date approved when it is not the one requested (a head may give less or more time); the
     * service asks for a note then, since only it knows the requested date.
     */
    approvedDueOn: dateOnlySchema.nullish().transform((v) => v ?? null),
    note: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if (!input.approve && !input.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'reasonRequired' });
  });

export const evidenceSubmitInput = z
  .object({
    ...versioned,
    note: optionalText(5000),
    link: z
      .union([z.literal('').transform(() => null), urlSchema])
      .nullish()
      .transform((v) => v ?? null),
    fileId: optionalUuid,
    /** Several files in one submission (photos and the signed report); `fileId` is one file. */
    fileIds: z.array(uuidSchema).max(10, { error: 'tooManyFiles' }).optional(),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine((input, ctx) => {
    if (!input.note && !input.link && !input.fileId && !input.fileIds?.length) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'evidenceRequired' });
    }
  });

export const verificationInput = z
  .object({
    ...versioned,
    accept: z.boolean(),
    reason: optionalText(2000),
    /** Accepting evidence may record the value it brought about, for the item's indicator and region. */
    indicatorValue: verifiedValueInput,
  })
  .superRefine((input, ctx) => {
    if (!input.accept && !input.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
    if (!input.accept && input.indicatorValue)
      ctx.addIssue({ code: 'custom', path: ['indicatorValue'], message: 'indicatorValueOnlyWhenAccepting' });
  });

export const commentInput = z.object({
  id: uuidSchema,
  body: requiredText(5000),
  idempotencyKey: idempotencyKeySchema,
});

export const actionItemSorts = ['due', 'newest'] as const;

export const actionItemListInput = z
  .object({
    cursor: z.string().max(300).nullish(),
    limit: pageLimitSchema,
    sort: z.enum(actionItemSorts, { error: 'invalidChoice' }).default('due'),
    status: z.array(enumOf(actionItemStatuses)).max(7).optional(),
    health: enumOf(healthStates).optional(),
    ownerOrganizationId: uuidSchema.optional(),
    ownerPersonId: uuidSchema.optional(),
    regionCode: regionCodeSchema.optional(),
    meetingId: uuidSchema.optional(),
    proposalId: uuidSchema.optional(),
    commitmentId: uuidSchema.optional(),
    dueFrom: dateOnlySchema.optional(),
    dueTo: dateOnlySchema.optional(),
    overdueOnly: z.boolean().optional(),
    /** One directive's items (a directive row expanded to its offices). */
    directiveId: uuidSchema.optional(),
    /**
     * One row per directive in place of its items: the first of its matching items in the list's
     * order, carrying the spread of the items that match (see `directiveSpread`). Ignored with
     * `directiveId`, which asks for the items themselves.
     */
    groupDirectives: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.dueFrom && input.dueTo && input.dueFrom > input.dueTo) {
      ctx.addIssue({ code: 'custom', path: ['dueTo'], message: 'fromAfterTo' });
    }
  })
  .default({ limit: 20, sort: 'due' });
export type ActionItemListInput = z.input<typeof actionItemListInput>;

const ref = z.object({ id: z.string(), name: z.string() });
const titled = linkedRecord({ id: z.string(), title: z.string() });

export const actionItemSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(actionItemStatuses),
  health: z.enum(healthStates).nullable(),
  priority: z.enum(actionItemPriorities),
  progress: z.number().int(),
  dueOn: z.string(),
  ownerOrganization: ref,
  ownerPerson: ref.nullable(),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  meeting: titled.nullable(),
  /** The directive (arahan) the item is one office's share of (issue 19). */
  directive: directiveRefSchema.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type ActionItemSummary = z.infer<typeof actionItemSummarySchema>;

/**
 * A row of the list. In a list grouped by directive, the row standing for a directive with more than
 * one matching item carries their spread; the web shows it as the directive, not as that item.
 */
export const actionItemListRowSchema = actionItemSummarySchema.extend({
  directiveSpread: directiveSpreadSchema.optional(),
});
export type ActionItemListRow = z.infer<typeof actionItemListRowSchema>;

export const actionItemListOutput = z.object({
  items: z.array(actionItemListRowSchema),
  nextCursor: z.string().nullable(),
});

export const dispositionStepSchema = z.object({
  step: z.number().int(),
  from: z.object({ organization: ref.nullable(), person: ref.nullable() }),
  to: z.object({ organization: ref, person: ref.nullable() }),
  instruction: z.string(),
  createdAt: z.string(),
});

export const extensionSchema = z.object({
  id: z.string(),
  previousDueOn: z.string(),
  requestedDueOn: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decisionNote: z.string().nullable(),
  /** The deadline an approval set: the requested date, or another one the head chose. */
  approvedDueOn: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

const evidenceFile = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  /** As sniffed from the content on upload: decides whether the page previews it. */
  contentType: z.string(),
});

export const evidenceSchema = z.object({
  id: z.string(),
  note: z.string().nullable(),
  link: z.string().nullable(),
  /** The first file (kept for readers of one file); `files` has them all. */
  file: evidenceFile.nullable(),
  files: z.array(evidenceFile),
  verdict: z.enum(['pending', 'accepted', 'rejected']),
  verdictReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const commentSchema = z.object({
  id: z.string(),
  body: z.string(),
  authorId: z.string().nullable(),
  /** Display name of the author's account; null for comments made by the system. */
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

/**
 * The last decision a head made on the item that its owner has not yet acted on (reported progress,
 * submitted evidence, asked for more time since): shown at the top of the item until then.
 */
export const latestDecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('evidenceRejected'), reason: z.string().nullable(), decidedAt: z.string() }),
  z.object({
    kind: z.literal('extensionApproved'),
    dueOn: z.string(),
    requestedDueOn: z.string().nullable(),
    note: z.string().nullable(),
    decidedAt: z.string(),
  }),
  z.object({ kind: z.literal('extensionRefused'), note: z.string().nullable(), decidedAt: z.string() }),
]);
export type LatestDecision = z.infer<typeof latestDecisionSchema>;

export const actionItemDetailSchema = actionItemSummarySchema.extend({
  description: z.string().nullable(),
  proposal: titled.nullable(),
  commitment: titled.nullable(),
  assignedBy: ref.nullable(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(actionItemActions)),
  chain: z.array(dispositionStepSchema),
  extensions: z.array(extensionSchema),
  evidence: z.array(evidenceSchema),
  comments: z.array(commentSchema),
  latestDecision: latestDecisionSchema.nullable(),
  /** The indicator and region the item is meant to move (issue 18). */
  indicator: indicatorLinkSchema.nullable(),
  /**
   * For a draft: the home regions of its meeting's host office, whose heads assign it (see
   * `mayAssignDraft`); null once the item is assigned.
   */
  draftHome: z.array(z.string().nullable()).nullable(),
  history: z.array(
    z.object({
      id: z.number().int(),
      occurredAt: z.string(),
      actorId: z.string().nullable(),
      actorName: z.string().nullable(),
      eventType: z.string(),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type ActionItemDetail = z.infer<typeof actionItemDetailSchema>;

export const summaryGroupings = ['region', 'office'] as const;
export const actionItemSummaryInput = z
  .object({
    groupBy: z.enum(summaryGroupings, { error: 'invalidChoice' }).default('region'),
    regionCode: regionCodeSchema.optional(),
  })
  .default({ groupBy: 'region' });

function counts<const K extends readonly string[]>(keys: K) {
  return z.object(
    Object.fromEntries(keys.map((k) => [k, z.number().int()])) as { [P in K[number]]: z.ZodNumber },
  );
}
export const actionItemSummaryOutput = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    total: z.number().int(),
    byStatus: counts(actionItemStatuses),
    byHealth: counts(healthStates),
  }),
);
