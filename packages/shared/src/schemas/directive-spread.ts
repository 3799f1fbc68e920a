import { z } from 'zod';

/**
 * One directive (arahan) as a reader sees it in lists, Beranda, exports and the digest: how its
 * offices' items stand, counting only the items in the reader's scope (and, in a filtered list, only
 * those that match), so a regency never learns how other regencies are doing.
 *
 * The status counts partition `total`; `overdue` cuts across them (items past their deadline that
 * are not done or cancelled).
 */
export const directiveSpreadSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueOn: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  inProgress: z.number().int(),
  awaitingVerification: z.number().int(),
  /** Not started yet, or blocked: everything not counted above. */
  open: z.number().int(),
  overdue: z.number().int(),
});
export type DirectiveSpread = z.infer<typeof directiveSpreadSchema>;

/** What a row of a list names of the directive its item came from. */
export const directiveRefSchema = z.object({ id: z.string(), title: z.string() });
export type DirectiveRef = z.infer<typeof directiveRefSchema>;

/**
 * A spread worth showing: one item is just that item (its own status says it all), so a regency that
 * holds one office's share of a directive sees its item labelled with the directive instead.
 */
export function isSpread(spread: Pick<DirectiveSpread, 'total'> | null | undefined): boolean {
  return !!spread && spread.total > 1;
}

/** The share of items settled (done or cancelled) that the bar shows as complete. */
export function settledCount(spread: DirectiveSpread): number {
  return spread.done + spread.cancelled;
}
