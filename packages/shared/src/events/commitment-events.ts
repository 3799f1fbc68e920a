import { z } from 'zod';
import { fieldChanges, transition } from './payload-parts';

/** Events on a commitment (komitmen; aggregate `commitment`). */
export const commitmentEvents = {
  CommitmentMade: z.object({
    title: z.string(),
    description: z.string().nullable(),
    committedByOrganizationId: z.string(),
    committedByPersonId: z.string().nullable(),
    dueOn: z.string().nullable(),
    ownerOrganizationId: z.string().nullable(),
    ownerPersonId: z.string().nullable(),
    meetingId: z.string().nullable(),
    /** The first of `proposalIds`. */
    proposalId: z.string().nullable(),
    /** Every proposal it answers, in order (issue 19); absent from events recorded before. */
    proposalIds: z.array(z.string()).optional(),
    isPublic: z.boolean(),
    regionCodes: z.array(z.string()),
    /** The day the promise was made (`YYYY-MM-DD`); absent from events recorded before it was kept. */
    madeOn: z.string().optional(),
    /** The indicator and region it is meant to move (issue 18); absent before, or without one. */
    indicatorId: z.string().nullable().optional(),
    indicatorRegionCode: z.string().nullable().optional(),
    /** The agreement it is one party's part of (issue 19); absent before, or without one. */
    agreementId: z.string().nullable().optional(),
  }),
  /**
   * `changes` also names `regionCodes` and `proposalIds` (added and removed) when those links
   * changed; `proposalId` is then the first proposal's change.
   */
  CommitmentUpdated: z.object({ version: z.number(), changes: fieldChanges }),
  CommitmentStatusChanged: transition.extend({
    version: z.number(),
    evidence: z.string().optional(),
    reason: z.string().optional(),
  }),
} satisfies Record<string, z.ZodType>;
