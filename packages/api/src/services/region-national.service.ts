import {
  DEFAULT_TIME_ZONE,
  NATIONAL_RECENT_DAYS,
  type NationalCounts,
  type RegionCounts,
  type RegionNational,
  todayIn,
} from '@tindak/shared';
import { addDays, format, parseISO } from 'date-fns';
import type { Context } from '../context';
import {
  COUNTRY,
  countActionItems,
  countCommitments,
  countMeetings,
  countProposals,
  listProvinces,
  provincesUnder,
} from '../repositories/region-overview.repo';
import { emptyCounts, tally } from './region.service';
import { scopeOf } from './scope';

/**
 * The provinces side by side and the country's totals: the region overview's grouped counts one
 * level up (the root is the country, a province's bucket a code's first segment), so the number of
 * statements stays the same however many provinces there are. A caller whose office has a region
 * gets their own province only, counted from the records in their scope, as every other list does.
 */
export async function nationalOverview(ctx: Context, since: string | undefined): Promise<RegionNational> {
  const scope = scopeOf(ctx);
  // Due dates and "recent" are calendar days in WIB, like everywhere else.
  const today = todayIn(DEFAULT_TIME_ZONE);
  const from = since ?? format(addDays(parseISO(today), -NATIONAL_RECENT_DAYS), 'yyyy-MM-dd');
  // Counting the country takes seconds at national scale: kept a minute in the API process.
  const count = () => countNational(ctx, scope, today, from);
  return ctx.national ? ctx.national.get(`${scope ?? '*'}|${today}|${from}`, count) : count();
}

async function countNational(
  ctx: Context,
  scope: string | null,
  today: string,
  from: string,
): Promise<RegionNational> {
  const countedAt = new Date().toISOString();
  const buckets = provincesUnder(scope);
  const [provinces, meetings, proposals, commitments, actionItems] = await Promise.all([
    listProvinces(ctx.db, scope),
    countMeetings(ctx.db, buckets, from),
    countProposals(ctx.db, buckets),
    countCommitments(ctx.db, buckets, today),
    countActionItems(ctx.db, buckets, today),
  ]);

  const root = scope ?? COUNTRY;
  const byKey = new Map<string, RegionCounts>([
    [root, emptyCounts()],
    ...provinces.map((p) => [p.code, emptyCounts()] as const),
  ]);
  // A province user's scope is the province itself: its bucket and the root's are one.
  tally(byKey, { meetings, proposals, commitments, actionItems });
  const recent = new Map(meetings.map((row) => [row.key, row.recent]));
  const awaiting = new Map(proposals.map((row) => [row.key, row.awaiting]));
  const withExtras = (key: string, counts: RegionCounts | undefined): NationalCounts => ({
    ...(counts ?? emptyCounts()),
    recentMeetings: recent.get(key) ?? 0,
    proposalsAwaiting: awaiting.get(key) ?? 0,
  });
  // A regency user's province bucket holds only their regency's records (nothing else is in scope),
  // so their one row and the totals agree.
  return {
    since: from,
    countedAt,
    totals: withExtras(root, byKey.get(root)),
    provinces: provinces.map((p) => ({
      code: p.code,
      name: p.name,
      counts: withExtras(p.code, byKey.get(p.code)),
    })),
  };
}
