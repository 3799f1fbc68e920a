import {
  can,
  type DashboardHome,
  DUE_SOON_DAYS,
  HOME_DIRECTIVE_LIMIT,
  type OfficeCompletion,
  type RegionCompletion,
  todayIn,
  UPCOMING_MEETING_DAYS,
} from '@tindak/shared';
import { addDays, format, parseISO } from 'date-fns';
import type { Context, SessionUser } from '../context';
import {
  type CompletionCell,
  completionCells,
  completionTrend,
  listMyItems,
  listUpcomingMeetings,
  listWaitingForDecision,
} from '../repositories/dashboard.repo';
import { openDirectivesInScope } from './directive-spread';

const DAY_MS = 24 * 60 * 60 * 1000;
const none = { items: [], total: 0 };

/**
 * The home page (Beranda) of the signed-in user: their own items due soon or overdue (for those
 * who work on items), what waits for their decision (heads), meetings coming up in their scope,
 * and for heads and viewers the completion picture of their scope. A viewer's picture is the one
 * a head of the same scope sees (the same counts, the same cache entry): it has no actions in it,
 * and their scope is their office's region like everyone's. `now` is a parameter for tests.
 */
export async function homeDashboard(
  ctx: Context,
  user: SessionUser,
  now: Date = new Date(),
): Promise<DashboardHome> {
  // Deadlines are calendar days in WIB, like the health rule and the reminders.
  const today = todayIn(undefined, now);
  const dueBy = format(addDays(parseISO(today), DUE_SOON_DAYS), 'yyyy-MM-dd');
  const region = user.scopeRegion;

  // Those who oversee see each directive once with its spread; staff see their own items, labelled.
  const oversees = can(user.role, 'completion.read') || user.role === 'secretariat';
  const [myItems, waitingForMe, upcomingMeetings, completion, directives] = await Promise.all([
    can(user.role, 'actionItem.work') ? listMyItems(ctx.db, user, today, dueBy) : none,
    can(user.role, 'actionItem.decide') ? listWaitingForDecision(ctx.db, region, today) : none,
    listUpcomingMeetings(ctx.db, region, now, new Date(now.getTime() + UPCOMING_MEETING_DAYS * DAY_MS)),
    can(user.role, 'completion.read') ? completionOf(ctx, region, today) : null,
    oversees ? openDirectivesInScope(ctx.db, region, today, HOME_DIRECTIVE_LIMIT) : undefined,
  ]);
  return { today, myItems, waitingForMe, upcomingMeetings, completion, ...(directives && { directives }) };
}

/** A scope's completion picture: counted once per change in the scope where the cache is on. */
function completionOf(ctx: Context, region: string | null, today: string) {
  const count = async (): Promise<CompletionPicture> => {
    const [cells, trend] = await Promise.all([
      completionCells(ctx.db, region, today),
      completionTrend(ctx.db, region, today),
    ]);
    return {
      total: withPercent(cells.reduce(add, noCounts())),
      byRegion: rollUpByRegion(cells),
      byOffice: rollUpByOffice(cells),
      trend,
    };
  };
  return ctx.completion ? ctx.completion.get(region, today, count) : count();
}
type CompletionPicture = NonNullable<DashboardHome['completion']>;

interface Counts {
  done: number;
  open: number;
  overdue: number;
  dueSoon: number;
}

const noCounts = (): Counts => ({ done: 0, open: 0, overdue: 0, dueSoon: 0 });

const percent = ({ done, open }: Counts) =>
  done + open === 0 ? 0 : Math.floor((done * 100) / (done + open));

const withPercent = <T extends Counts>(row: T) => ({ ...row, percent: percent(row) });

function add(into: Counts, cell: Counts) {
  into.done += cell.done;
  into.open += cell.open;
  into.overdue += cell.overdue;
  into.dueSoon += cell.dueSoon;
  return into;
}

/** Cells come ordered by region code (no region last); rows keep that order. */
export function rollUpByRegion(cells: CompletionCell[]): RegionCompletion[] {
  const rows = new Map<string | null, Omit<RegionCompletion, 'percent'>>();
  for (const cell of cells) {
    let row = rows.get(cell.regionCode);
    if (!row) {
      row = { code: cell.regionCode, name: cell.regionName, ...noCounts() };
      rows.set(cell.regionCode, row);
    }
    add(row, cell);
  }
  return [...rows.values()].map(withPercent);
}

/** One row per owner office, in the cells' order (region, then name). */
export function rollUpByOffice(cells: CompletionCell[]): OfficeCompletion[] {
  const rows = new Map<string, Omit<OfficeCompletion, 'percent'>>();
  for (const cell of cells) {
    let row = rows.get(cell.officeId);
    if (!row) {
      row = {
        id: cell.officeId,
        name: cell.officeName,
        regionName: cell.officeRegionName,
        ...noCounts(),
      };
      rows.set(cell.officeId, row);
    }
    add(row, cell);
  }
  return [...rows.values()].map(withPercent);
}
