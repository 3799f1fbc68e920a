import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { allowedActions } from '../status/machine';
import {
  commitmentStatusMachine,
  type ProposalAction,
  type ProposalStatus,
  proposalStatusMachine,
} from '../status/machines';
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
import { linkedRecord } from './linked-record';
import { eventSchema } from './meeting';

export const MAX_PROPOSERS = 50;
export const MAX_PROPOSAL_MEETINGS = 50;

/** Actions that decide a proposal; each needs a note saying what was decided and why. */
export const proposalDecisionActions = [
  'accept',
  'acceptPartly',
  'reject',
] as const satisfies readonly ProposalAction[];

export function isProposalDecision(action: ProposalAction): boolean {
  return (proposalDecisionActions as readonly ProposalAction[]).includes(action);
}

/** Statuses a decision can still be taken from (submitted, under review): "awaiting decision". */
export const proposalAwaitingDecisionStatuses: readonly ProposalStatus[] =
  proposalStatusMachine.statuses.filter((status) =>
    allowedActions(proposalStatusMachine, status).some(isProposalDecision),
  );

// The machine is the one list of statuses and actions; `enumOf` wants a literal tuple, so z.enum directly.
const proposalStatusSchema = z.enum(proposalStatusMachine.statuses, { error: 'invalidChoice' });
const proposalActionSchema = z.enum(proposalStatusMachine.actions, { error: 'invalidChoice' });

// Repeating an id means nothing; the API drops duplicates when it stores the list, so an unknown id
// is still reported at the index the person typed it.
function idList(max: number) {
  return z.array(uuidSchema).max(max, { error: messageRef('tooMany', max) });
}

const proposalFields = z.object({
  title: requiredText(300),
  description: optionalText(20_000),
  /** The offices making the proposal, e.g. Diskominfo Provinsi Jambi with eight regency offices. */
  proposerOrganizationIds: idList(MAX_PROPOSERS).min(1, { error: 'required' }),
  addressedToOrganizationId: uuidSchema,
  /** Meetings where the proposal was raised. */
  meetingIds: idList(MAX_PROPOSAL_MEETINGS).default([]),
  /**
   * The day it was raised. Left out when creating: the earliest linked meeting's day, else today
   * (WIB); left out when editing: as stored.
   */
  raisedOn: recordDateSchema,
  /** The official letter (surat) it was sent by, if any: its number and date come together. */
  letterNumber: optionalText(100),
  letterDate: recordDateSchema,
});

type LetterFields = Pick<z.output<typeof proposalFields>, 'letterNumber' | 'letterDate'>;

/** A letter is known by its number and its date: one without the other is asked for at its field. */
function checkLetterPair(input: LetterFields, ctx: z.RefinementCtx) {
  if (input.letterNumber && !input.letterDate) {
    ctx.addIssue({ code: 'custom', path: ['letterDate'], message: 'required' });
  }
  if (input.letterDate && !input.letterNumber) {
    ctx.addIssue({ code: 'custom', path: ['letterNumber'], message: 'required' });
  }
}

/**
 * A proposal is raised in a meeting or sent by letter. Checked here for a new one (all its meetings
 * are in the input); an edit may leave out meetings its author cannot read, so the service checks it.
 */
function checkMeetingOrLetter(input: LetterFields & { meetingIds: string[] }, ctx: z.RefinementCtx) {
  if (input.meetingIds.length > 0 || input.letterNumber || input.letterDate) return;
  for (const field of ['letterNumber', 'letterDate']) {
    ctx.addIssue({ code: 'custom', path: [field], message: 'meetingOrLetterRequired' });
  }
}

export const proposalCreateInput = proposalFields
  .extend({
    /** Create it as already submitted instead of as a draft. */
    submit: z.boolean().default(false),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine((input, ctx) => {
    checkLetterPair(input, ctx);
    checkMeetingOrLetter(input, ctx);
  });
export type ProposalCreateInput = z.input<typeof proposalCreateInput>;

export const proposalUpdateInput = proposalFields
  .extend({
    id: uuidSchema,
    version: z.number().int().min(1),
  })
  .superRefine(checkLetterPair);
export type ProposalUpdateInput = z.input<typeof proposalUpdateInput>;

export const proposalTransitionInput = z
  .object({
    id: uuidSchema,
    version: z.number().int().min(1),
    action: proposalActionSchema,
    decisionNote: optionalText(5000),
    /** The day of the decision; today in WIB when left out. */
    decidedOn: dateOnlySchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((input, ctx) => {
    if (isProposalDecision(input.action) && !input.decisionNote) {
      ctx.addIssue({ code: 'custom', path: ['decisionNote'], message: 'reasonRequired' });
    }
  });
export type ProposalTransitionInput = z.input<typeof proposalTransitionInput>;

export const proposalGetInput = z.object({ id: uuidSchema });

export const proposalListInput = z
  .object({
    cursor: z.string().max(200).nullish(),
    limit: pageLimitSchema,
    status: proposalStatusSchema.optional(),
    addressedToOrganizationId: uuidSchema.optional(),
    proposerOrganizationId: uuidSchema.optional(),
    meetingId: uuidSchema.optional(),
    /** Region of a proposing office; a province code also matches its regencies and cities. */
    regionCode: regionCodeSchema.optional(),
    /** Submitted or under review: waiting for the addressee's decision. */
    awaitingDecision: z.boolean().default(false),
    /** Words in the title, description or letter number, ignoring case and accents. */
    q: textInput().trim().max(100).optional(),
  })
  .default({ limit: 20, awaitingDecision: false });
export type ProposalListInput = z.input<typeof proposalListInput>;

export const proposalSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(proposalStatusMachine.statuses),
  proposers: z.array(refSchema),
  addressedTo: refSchema,
  decidedOn: z.string().nullable(),
  /** `YYYY-MM-DD`: the day it was raised (e.g. the meeting's), not the day it was typed in. */
  raisedOn: z.string(),
  /** The letter it was sent by; absent from answers of servers older than letters. */
  letter: z.object({ number: z.string(), date: z.string() }).nullable().optional(),
  createdAt: z.string(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const proposalListOutput = z.object({
  items: z.array(proposalSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ProposalListOutput = z.infer<typeof proposalListOutput>;

export const proposalDetailSchema = proposalSummarySchema.extend({
  description: z.string().nullable(),
  decision: z.object({ note: z.string().nullable(), decidedOn: z.string().nullable() }).nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  meetings: z.array(linkedRecord({ id: z.string(), title: z.string(), startsAt: z.string() })),
  commitments: z.array(
    linkedRecord({ id: z.string(), title: z.string(), status: z.enum(commitmentStatusMachine.statuses) }),
  ),
  allowedActions: z.array(z.enum(proposalStatusMachine.actions)),
  /** The regions of the office(s) the record belongs to: who may change it (see `mayChangeRecord`). */
  homeRegionCodes: z.array(z.string().nullable()),
  history: z.array(eventSchema),
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;
