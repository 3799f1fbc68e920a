import { z } from 'zod';
import { regionKinds } from '../enums';
import { commitmentStatusMachine } from '../status/machines';
import { regionCodeSchema } from './common';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(regionKinds),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionListOutput = z.array(regionSchema);

export const regionOverviewInput = z.object({ code: regionCodeSchema });
export type RegionOverviewInput = z.input<typeof regionOverviewInput>;

const count = z.number().int().min(0);

/**
 * What a region has on record, by the same rules the lists filter by region: meetings hosted by or
 * with a participant from the region, proposals by an office in it, commitments for it, action
 * items owned in it (each counted once per region, however many of its offices are involved).
 */
export const regionCountsSchema = z.object({
  meetings: count,
  proposals: count,
  commitments: z.object({
    total: count,
    byStatus: z.object(
      Object.fromEntries(commitmentStatusMachine.statuses.map((s) => [s, count])) as {
        [S in (typeof commitmentStatusMachine.statuses)[number]]: typeof count;
      },
    ),
    /** Still running and past the due date (WIB). */
    overdue: count,
  }),
  /** Cancelled items are left out: they neither count as done nor as open. */
  actionItems: z.object({
    total: count,
    done: count,
    open: count,
    overdue: count,
    atRisk: count,
    /** done / total, rounded; null when there is nothing to complete. */
    completionPercent: z.number().int().min(0).max(100).nullable(),
  }),
});
export type RegionCounts = z.infer<typeof regionCountsSchema>;

const regionRef = z.object({ code: z.string(), name: z.string() });

export const regionOverviewOutput = z.object({
  region: regionSchema.extend({ parent: regionRef.nullable() }),
  counts: regionCountsSchema,
  /** A province's regencies and cities side by side, in code order; empty for a regency. */
  children: z.array(
    regionSchema.pick({ code: true, name: true, kind: true }).extend({ counts: regionCountsSchema }),
  ),
});
export type RegionOverview = z.infer<typeof regionOverviewOutput>;
