import { z } from 'zod';
import { fieldChanges, transition } from './payload-parts';

/** A proposal as recorded when it is created (as a draft, or submitted at once). */
const proposalCreated = z.object({
  title: z.string(),
  description: z.string().nullable(),
  addressedToOrganizationId: z.string(),
  status: z.string(),
  proposerOrganizationIds: z.array(z.string()),
  meetingIds: z.array(z.string()),
  /** The day it was raised (`YYYY-MM-DD`); absent from events recorded before it was kept. */
  raisedOn: z.string().optional(),
  /** The letter it was sent by (number and `YYYY-MM-DD`); absent from events recorded before letters. */
  letterNumber: z.string().nullable().optional(),
  letterDate: z.string().nullable().optional(),
});

/** A move through the proposal's status machine; a decision adds its outcome and date. */
const proposalTransition = transition.extend({
  version: z.number(),
  note: z.string().nullable(),
  outcome: z.string().optional(),
  decidedOn: z.string().nullable().optional(),
});

/** Events on a proposal (usulan; aggregate `proposal`). */
export const proposalEvents = {
  ProposalDrafted: proposalCreated,
  /** Submitted at creation (the created shape) or later, from a draft (a transition). */
  ProposalSubmitted: z.union([proposalCreated, proposalTransition]),
  ProposalUpdated: z.object({ version: z.number(), changes: fieldChanges }),
  ProposalReviewStarted: proposalTransition,
  ProposalDecided: proposalTransition,
  ProposalWithdrawn: proposalTransition,
} satisfies Record<string, z.ZodType>;
