import { z } from 'zod';
import { fieldChanges, fromTo, transition } from './payload-parts';

const office = z.object({ organizationId: z.string().nullable(), personId: z.string().nullable() });

/** Events on an action item (tindak lanjut; aggregate `action_item`). */
export const actionItemEvents = {
  ActionItemAssigned: z.object({
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
    }),
  }),
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
    dueOn: fromTo(z.string()),
  }),
  EvidenceSubmitted: z.object({
    evidenceId: z.string(),
    note: z.string().nullable(),
    link: z.string().nullable(),
    fileId: z.string().nullable(),
  }),
  ActionItemVerified: z.object({
    outcome: z.enum(['accepted', 'rejected']),
    reason: z.string().nullable(),
    status: fromTo(z.string()),
  }),
  CommentAdded: z.object({ commentId: z.string(), body: z.string() }),
} satisfies Record<string, z.ZodType>;
