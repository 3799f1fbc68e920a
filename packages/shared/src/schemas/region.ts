import { z } from 'zod';
import { regionKinds } from '../enums';
import { commitmentStatusMachine } from '../status/machines';
import { dateOnlySchema, regionCodeSchema } from './common';

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

export const regionNationalInput = z
  .object({
    /** Meetings that start on or after this day (WIB) count as recent; by default the last 90 days. */
    since: dateOnlySchema.optional(),
  })
  .optional();
export type RegionNationalInput = z.input<typeof regionNationalInput>;

/** A region's counts, with what a national reader compares provinces by besides. */
export const nationalCountsSchema = regionCountsSchema.extend({
  /** Meetings that started on or after `since`. */
  recentMeetings: count,
  /** Proposals submitted or under review: waiting for the addressee's decision. */
  proposalsAwaiting: count,
});
export type NationalCounts = z.infer<typeof nationalCountsSchema>;

/**
 * The provinces side by side, in code order, every one of them even with nothing on record, and
 * the country's totals (each record once, however many provinces it involves). A caller whose
 * office has a region sees only their own province, counted from what lies in their scope.
 */
export const regionNationalOutput = z.object({
  since: z.string(),
  /** When these were counted: the API keeps a national count for a minute (NATIONAL_CACHE_SECONDS). */
  countedAt: z.string(),
  totals: nationalCountsSchema,
  provinces: z.array(regionSchema.pick({ code: true, name: true }).extend({ counts: nationalCountsSchema })),
});
export type RegionNational = z.infer<typeof regionNationalOutput>;
export type NationalProvince = RegionNational['provinces'][number];
