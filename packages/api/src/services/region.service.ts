import {
  commitmentStatusMachine,
  DEFAULT_TIME_ZONE,
  type RegionCounts,
  type RegionOverview,
  regionInScope,
  todayIn,
} from '@tindak/shared';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import {
  type ActionItemCount,
  type CommitmentCount,
  childrenOf,
  countActionItems,
  countCommitments,
  countMeetings,
  countProposals,
  findRegionWithParent,
  listChildRegions,
} from '../repositories/region-overview.repo';
import { scopeOf } from './scope';

export function emptyCounts(): RegionCounts {
  return {
    meetings: 0,
    proposals: 0,
    commitments: {
      total: 0,
      byStatus: Object.fromEntries(
        commitmentStatusMachine.statuses.map((s) => [s, 0]),
      ) as RegionCounts['commitments']['byStatus'],
      overdue: 0,
    },
    actionItems: { total: 0, done: 0, open: 0, overdue: 0, atRisk: 0, completionPercent: null },
  };
}

/**
 * A region and, for a province, its regencies and cities side by side. A region outside the
 * caller's scope is answered exactly like one that does not exist.
 */
export async function regionOverview(ctx: Context, code: string): Promise<RegionOverview> {
  if (!regionInScope(scopeOf(ctx), code)) throw new NotFoundError('regionNotFound', 'code');
  const region = await findRegionWithParent(ctx.db, code);
  if (!region) throw new NotFoundError('regionNotFound', 'code');
  // Due dates are calendar days in WIB, like everywhere else.
  const today = todayIn(DEFAULT_TIME_ZONE);
  const buckets = childrenOf(code);
  const [children, meetings, proposals, commitments, actionItems] = await Promise.all([
    listChildRegions(ctx.db, code),
    countMeetings(ctx.db, buckets),
    countProposals(ctx.db, buckets),
    countCommitments(ctx.db, buckets, today),
    countActionItems(ctx.db, buckets, today),
  ]);

  const byKey = new Map<string, RegionCounts>([
    [code, emptyCounts()],
    ...children.map((c) => [c.code, emptyCounts()] as const),
  ]);
  tally(byKey, { meetings, proposals, commitments, actionItems });

  return {
    region: {
      code: region.code,
      name: region.name,
      kind: region.kind,
      parentCode: region.parentCode,
      parent:
        region.parentCode && region.parentName ? { code: region.parentCode, name: region.parentName } : null,
    },
    counts: byKey.get(code) ?? emptyCounts(),
    children: children.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      counts: byKey.get(c.code) ?? emptyCounts(),
    })),
  };
}

interface Counted {
  meetings: { key: string; n: number }[];
  proposals: { key: string; n: number }[];
  commitments: CommitmentCount[];
  actionItems: ActionItemCount[];
}

/** Adds the grouped counts into the buckets of `byKey`; rows for keys it does not hold are left out. */
export function tally(byKey: Map<string, RegionCounts>, counted: Counted): void {
  for (const row of counted.meetings) {
    const counts = byKey.get(row.key);
    if (counts) counts.meetings = row.n;
  }
  for (const row of counted.proposals) {
    const counts = byKey.get(row.key);
    if (counts) counts.proposals = row.n;
  }
  for (const row of counted.commitments) {
    const counts = byKey.get(row.key);
    if (!counts) continue;
    const status = row.status as keyof RegionCounts['commitments']['byStatus'];
    counts.commitments.byStatus[status] += row.n;
    counts.commitments.total += row.n;
    counts.commitments.overdue += row.late;
  }
  for (const row of counted.actionItems) {
    const counts = byKey.get(row.key);
    if (!counts) continue;
    counts.actionItems = {
      total: row.total,
      done: row.done,
      open: row.open,
      overdue: row.late,
      atRisk: row.risk,
      completionPercent: row.total > 0 ? Math.round((row.done / row.total) * 100) : null,
    };
  }
}
