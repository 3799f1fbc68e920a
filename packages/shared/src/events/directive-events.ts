import { z } from 'zod';
import { fieldChanges } from './payload-parts';

/** An office the directive was handed to, and the item it got. */
const handed = z.object({ organizationId: z.string(), actionItemId: z.string() });

/**
 * Events on a directive (arahan; aggregate `directive`, issue 19). Each office's item records its
 * own ActionItemAssigned (which notifies the office) with `source.directiveId`; the directive's
 * events say what the offices share.
 */
export const directiveEvents = {
  DirectiveIssued: z.object({
    title: z.string(),
    dueOn: z.string(),
    priority: z.string(),
    meetingId: z.string().nullable(),
    issuedByOrganizationId: z.string(),
    issuedByPersonId: z.string().nullable(),
    /** Set when the offices were chosen as "all regencies/cities" of this province. */
    allRegencyOfficesOf: z.string().nullable(),
    offices: z.array(handed),
  }),
  /** `changes` names each field that changed, `{ from, to }`; `itemsMoved` the items given the new deadline. */
  DirectiveUpdated: z.object({ changes: fieldChanges, itemsMoved: z.array(z.string()) }),
  DirectiveOfficesAdded: z.object({ offices: z.array(handed) }),
  /** Every item is done or cancelled; `byItemId` is the item whose change closed it (none: a cancel). */
  DirectiveClosed: z.object({ byItemId: z.string().nullable() }),
  /** A closed directive is open again: offices were added to it. */
  DirectiveReopened: z.object({ reason: z.enum(['officesAdded']) }),
  /** Cancelled with every open item (each records its own ActionItemStatusChanged). */
  DirectiveCancelled: z.object({ reason: z.string(), itemsCancelled: z.array(z.string()) }),
} satisfies Record<string, z.ZodType>;
