import { z } from 'zod';
import { fieldChanges, fromTo, transition } from './payload-parts';

const office = z.object({ organizationId: z.string().nullable(), personId: z.string().nullable() });

/** What an item is given as: its title, deadline, owner and source. */
const assignment = z.object({
  title: z.string(),
  dueOn: z.string(),
  priority: z.string(),
  ownerOrganizationId: z.string(),
  ownerPersonId: z.string().nullable(),
  assignedByPersonId: z.string().nullable(),
  source: z.object({
    meetingId: z.string().nullable(),
    proposalId: z.string().nullable(),
    commitmentId: z.string().nullable(),
    /** The directive the item is one office's share of (issue 19); absent before, or without one. */
    directiveId: z.string().optional(),
  }),
  /** The indicator and region it is meant to move (issue 18); absent before, or without one. */
  indicatorId: z.string().optional(),
  indicatorRegionCode: z.string().nullable().optional(),
});

/** Events on an action item (tindak lanjut; aggregate `action_item`). */
export const actionItemEvents = {
  /** Given to its owner: created open by a head, or a draft a head assigned (`fromDraft`). */
  ActionItemAssigned: assignment.extend({ fromDraft: z.boolean().optional() }),
  /** Drafted by the secretariat from a meeting: seen only by the meeting's host until assigned. */
  ActionItemDrafted: assignment,
  ActionItemUpdated: z.object({ changes: fieldChanges }),
  ProgressReported: z.object({
    from: z.number(),
    to: z.number(),
    note: z.string().nullable(),
    /** Present when the first progress also started the item. */
    status: fromTo(z.string()).optional(),
  }),
  ActionItemStatusChanged: transition.extend({ reason: z.string().nullable() }),
  ActionItemDelegated: z.object({
    step: z.number(),
    from: office,
    to: office,
    instruction: z.string().nullable(),
  }),
  ExtensionRequested: z.object({
    extensionId: z.string(),
    previousDueOn: z.string(),
    requestedDueOn: z.string(),
    reason: z.string().nullable(),
  }),
  ExtensionDecided: z.object({
    extensionId: z.string(),
    approved: z.boolean(),
    note: z.string().nullable(),
    /** `to` is the date approved: the requested one, or another the head chose (then `note` says why). */
    dueOn: fromTo(z.string()),
    /** The date the owner asked for, so the history can say when the head approved another one. */
    requestedDueOn: z.string().optional(),
  }),
  EvidenceSubmitted: z.object({
    evidenceId: z.string(),
    note: z.string().nullable(),
    link: z.string().nullable(),
    fileId: z.string().nullable(),
    /** Several files in one submission (`fileId` keeps the first, for rows written before). */
    fileIds: z.array(z.string()).optional(),
    /** Evidence implies the work is done: the progress it set, when that changed it. */
    progress: fromTo(z.number()).optional(),
  }),
  ActionItemVerified: z.object({
    outcome: z.enum(['accepted', 'rejected']),
    reason: z.string().nullable(),
    status: fromTo(z.string()),
    /** A rejection returns progress to the last value a person reported. */
    progress: fromTo(z.number()).optional(),
    /** The indicator value recorded with the acceptance (issue 18). */
    indicatorValue: z
      .object({
        indicatorId: z.string(),
        regionCode: z.string(),
        period: z.string(),
        value: z.number().nullable(),
        predicate: z.string().nullable(),
      })
      .optional(),
  }),
  CommentAdded: z.object({ commentId: z.string(), body: z.string() }),
} satisfies Record<string, z.ZodType>;
