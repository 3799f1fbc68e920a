import { z } from 'zod';
import { commitmentStatusMachine } from '../status/machines';

/**
 * The public transparency page: commitments an office chose to publish (`isPublic`), readable
 * without signing in. Every object is strict so a field added to a query by mistake (a person's
 * name, an email) fails loudly instead of reaching the public; nothing here names a person.
 */

export const publicCommitmentsInput = z.object({
  /** A province's two-digit Kemendagri code, e.g. "15" for Jambi. */
  provinceCode: z.string({ error: 'required' }).regex(/^\d{2}$/, { error: 'invalidRegionCode' }),
});
export type PublicCommitmentsInput = z.input<typeof publicCommitmentsInput>;

const publicRegion = z.strictObject({ code: z.string(), name: z.string() });

export const publicCommitmentSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** The office that made the promise (never the person who spoke for it). */
  committedBy: z.string(),
  /** Our office that follows it up, when one is set (never the person). */
  followedUpBy: z.string().nullable(),
  regions: z.array(publicRegion),
  status: z.enum(commitmentStatusMachine.statuses),
  /** The status named in the caller's language. */
  statusLabel: z.string(),
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  /** The day it was recorded (WIB), YYYY-MM-DD. */
  createdOn: z.string(),
});
export type PublicCommitment = z.infer<typeof publicCommitmentSchema>;

export const publicCommitmentsOutput = z.strictObject({
  province: publicRegion,
  commitments: z.array(publicCommitmentSchema),
  /** More public commitments exist than one page shows (the newest are listed). */
  truncated: z.boolean(),
});
export type PublicCommitmentsOutput = z.infer<typeof publicCommitmentsOutput>;

export const publicProvincesOutput = z.array(
  z.strictObject({ code: z.string(), name: z.string(), commitments: z.number().int().min(0) }),
);
export type PublicProvince = z.infer<typeof publicProvincesOutput>[number];
