import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { type CommitmentAction, commitmentStatusMachine, proposalStatusMachine } from '../status/machines';
import {
  dateOnlySchema,
  idempotencyKeySchema,
  optionalText,
  pageLimitSchema,
  recordDateSchema,
  refSchema,
  regionCodeSchema,
  requiredText,
  textInput,
  uuidSchema,
} from './common';
import { indicatorLinkInput, indicatorLinkSchema } from './indicator';
import { linkedRecord } from './linked-record';
import { eventSchema } from './meeting';

export const MAX_COMMITMENT_REGIONS = 100;
/** One reply seldom answers more than a handful of proposals; 20 leaves room without inviting lists. */
export const MAX_COMMITMENT_PROPOSALS = 20;

/** Closing actions and what each must carry: evidence that it was kept, or why it was not. */
export const commitmentActionNeeds = {
  start: null,
  fulfil: 'evidence',
  markNotFulfilled: 'reason',
  cancel: 'reason',
} as const satisfies Record<CommitmentAction, 'evidence' | 'reason' | null>;

// The machine is the one list of statuses and actions; `enumOf` wants a literal tuple, so z.enum directly.
const commitmentStatusSchema = z.enum(commitmentStatusMachine.statuses, { error: 'invalidChoice' });
const commitmentActionSchema = z.enum(commitmentStatusMachine.actions, { error: 'invalidChoice' });

const optionalId = uuidSchema.nullish().transform((v) => v ?? null);

const commitmentFields = z.object({
  /** What was promised, e.g. "Jambi a priority region for internet access". */
  title: requiredText(300),
  description: optionalText(20_000),
  /** The party that made the promise (e.g. Komdigi) and, when known, who spoke for it. */
  committedByOrganizationId: uuidSchema,
  committedByPersonId: optionalId,
  /** The regions the promise is for; none when it is not tied to a region. */
  regionCodes: z
    .array(regionCodeSchema)
    .max(MAX_COMMITMENT_REGIONS, { error: messageRef('tooMany', MAX_COMMITMENT_REGIONS) })
    .default([]),
  dueOn: z
    .union([z.literal('').transform(() => null), dateOnlySchema])
    .nullish()
    .transform((v) => v ?? null),
  /** Our side: who follows the promise up. */
  ownerOrganizationId: optionalId,
  ownerPersonId: optionalId,
  meetingId: optionalId,
  /**
   * An accepted (or partly accepted) proposal this promise answers. Older form of `proposalIds`:
   * alone it means `[proposalId]`; beside `proposalIds` it must be their first.
   */
  proposalId: optionalId,
  /** The accepted (or partly accepted) proposals this promise answers, in order (issue 19). */
  proposalIds: z
    .array(uuidSchema)
    .max(MAX_COMMITMENT_PROPOSALS, { error: messageRef('tooMany', MAX_COMMITMENT_PROPOSALS) })
    .optional(),
  isPublic: z.boolean().default(false),
  /**
   * The day the promise was made. Left out when creating: the meeting's day, else today (WIB);
   * left out when editing: as stored.
   */
  madeOn: recordDateSchema,
  /**
   * The indicator and region the promise is meant to move (issue 18); the region defaults to its
   * first region, else its owner's. Left out when editing: as it is; null: no indicator any more.
   */
  indicator: indicatorLinkInput,
  /**
   * The agreement this promise is one party's part of (issue 19); the committing party must be one
   * of its parties. Left out when editing: as it is; null: no agreement any more.
   */
  agreementId: uuidSchema.nullish(),
});

type ProposalLinks = { proposalId: string | null; proposalIds?: string[] | undefined };

function checkProposalLinks(input: ProposalLinks, ctx: z.RefinementCtx) {
  const ids = input.proposalIds;
  if (!ids) return;
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['proposalIds', index], message: 'duplicateProposal' });
    }
  });
  if (input.proposalId !== null && input.proposalId !== ids[0]) {
    ctx.addIssue({ code: 'custom', path: ['proposalId'], message: 'proposalIdsMismatch' });
  }
}

/**
 * The proposals a create or update names, as one list: `proposalIds`, else `[proposalId]`, else none.
 * `field` names where a problem with the one at `index` is reported: the form the caller used.
 */
export function answeredProposalIds(input: ProposalLinks): {
  ids: string[];
  field: (index: number) => string;
} {
  const list = input.proposalIds;
  if (list) return { ids: list, field: (index) => `proposalIds.${index}` };
  return { ids: input.proposalId ? [input.proposalId] : [], field: () => 'proposalId' };
}

export const commitmentCreateInput = commitmentFields
  .extend({ idempotencyKey: idempotencyKeySchema })
  .superRefine(checkProposalLinks);
export type CommitmentCreateInput = z.input<typeof commitmentCreateInput>;

export const commitmentUpdateInput = commitmentFields
  .extend({
    id: uuidSchema,
    version: z.number().int().min(1),
  })
  .superRefine(checkProposalLinks);
export type CommitmentUpdateInput = z.input<typeof commitmentUpdateInput>;

export const commitmentTransitionInput = z
  .object({
    id: uuidSchema,
    version: z.number().int().min(1),
    action: commitmentActionSchema,
    evidence: optionalText(5000),
    reason: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    const needs = commitmentActionNeeds[input.action];
    if (needs === 'evidence' && !input.evidence) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'evidenceRequired' });
    }
    if (needs === 'reason' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
    }
  });
export type CommitmentTransitionInput = z.input<typeof commitmentTransitionInput>;

export const commitmentGetInput = z.object({ id: uuidSchema });

export const commitmentListInput = z
  .object({
    cursor: z.string().max(200).nullish(),
    limit: pageLimitSchema,
    status: commitmentStatusSchema.optional(),
    /** All promises of one party, e.g. everything Komdigi committed to. */
    committedByOrganizationId: uuidSchema.optional(),
    /** A province code also matches commitments for its regencies and cities. */
    regionCode: regionCodeSchema.optional(),
    meetingId: uuidSchema.optional(),
    proposalId: uuidSchema.optional(),
    /** Only open or in-progress commitments whose due date (WIB) has passed. */
    overdueOnly: z.boolean().default(false),
    /** Words in what was promised or its description. */
    q: textInput().trim().max(100).optional(),
  })
  .default({ limit: 20, overdueOnly: false });
export type CommitmentListInput = z.input<typeof commitmentListInput>;

const regionRef = z.object({ code: z.string(), name: z.string() });

export const commitmentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(commitmentStatusMachine.statuses),
  committedBy: refSchema,
  committedByPerson: refSchema.nullable(),
  regions: z.array(regionRef),
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  owner: z.object({ organization: refSchema.nullable(), person: refSchema.nullable() }),
  isPublic: z.boolean(),
  /** `YYYY-MM-DD`: the day the promise was made (e.g. the meeting's), not the day it was typed in. */
  madeOn: z.string(),
  createdAt: z.string(),
  /** What shows it was kept, once fulfilled. */
  evidence: z.string().nullable(),
  /** Where the promise was made: the tracker's "since when". */
  meeting: linkedRecord({ id: z.string(), title: z.string(), startsAt: z.string() }).nullable(),
});
export type CommitmentSummary = z.infer<typeof commitmentSummarySchema>;

export const commitmentListOutput = z.object({
  items: z.array(commitmentSummarySchema),
  nextCursor: z.string().nullable(),
});
export type CommitmentListOutput = z.infer<typeof commitmentListOutput>;

const answeredProposal = linkedRecord({
  id: z.string(),
  title: z.string(),
  status: z.enum(proposalStatusMachine.statuses),
});

export const commitmentDetailSchema = commitmentSummarySchema.extend({
  description: z.string().nullable(),
  /** The first of `proposals`, for readers of one proposal. */
  proposal: answeredProposal.nullable(),
  /** Every proposal the promise answers, in order (issue 19). */
  proposals: z.array(answeredProposal),
  version: z.number().int(),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(commitmentStatusMachine.actions)),
  /** The regions of the office(s) the record belongs to: who may change it (see `mayChangeRecord`). */
  homeRegionCodes: z.array(z.string().nullable()),
  history: z.array(eventSchema),
  /** Whether the signed-in user follows it (told by email when its status changes). */
  following: z.boolean(),
  indicator: indicatorLinkSchema.nullable(),
  /** The agreement it is part of: "Bagian dari kesepakatan: <title>" (issue 19). */
  agreement: linkedRecord({ id: z.string(), title: z.string() }).nullable().optional(),
});
export type CommitmentDetail = z.infer<typeof commitmentDetailSchema>;

/** The parties that have made commitments the caller can see, for the tracker's filter. */
export const commitmentPartiesOutput = z.array(
  z.object({ id: z.string(), name: z.string(), commitments: z.number().int() }),
);
export type CommitmentParty = z.infer<typeof commitmentPartiesOutput>[number];
