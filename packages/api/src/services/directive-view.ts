import {
  type DirectiveCounts,
  type DirectiveDetail,
  type DirectiveOfficeRow,
  type DirectiveStanding,
  type DirectiveSummary,
  mayChangeDirective,
  regionInScope,
  todayIn,
} from '@tindak/shared';
import type { Context } from '../context';
import {
  type DirectiveHeaderRow,
  type DirectiveItemRow,
  findDirectiveHeaders,
  listDirectiveItems,
} from '../repositories/directive.repo';
import { actorOf } from './authority';
import { readableAmong, shownLink } from './linked-records';
import { scopeOf } from './scope';

/**
 * Where an office's item stands, as the directive counts it: the first that applies of done,
 * cancelled, evidence awaiting verification, overdue, in progress (or blocked), not started.
 */
export function standingOf(item: Pick<DirectiveItemRow, 'status' | 'health'>): DirectiveStanding {
  if (item.status === 'done') return 'done';
  if (item.status === 'cancelled') return 'cancelled';
  if (item.status === 'awaiting_verification') return 'awaiting';
  if (item.health === 'overdue') return 'overdue';
  if (item.status === 'in_progress' || item.status === 'blocked') return 'in_progress';
  return 'not_started';
}

export function countStandings(
  items: readonly Pick<DirectiveItemRow, 'status' | 'health'>[],
): DirectiveCounts {
  const counts: DirectiveCounts = {
    total: 0,
    done: 0,
    awaiting: 0,
    overdue: 0,
    inProgress: 0,
    other: 0,
    cancelled: 0,
  };
  for (const item of items) {
    counts.total += 1;
    const standing = standingOf(item);
    if (standing === 'done') counts.done += 1;
    else if (standing === 'awaiting') counts.awaiting += 1;
    else if (standing === 'overdue') counts.overdue += 1;
    else if (standing === 'in_progress') counts.inProgress += 1;
    else {
      counts.other += 1;
      if (standing === 'cancelled') counts.cancelled += 1;
    }
  }
  return counts;
}

function officeRow(item: DirectiveItemRow): DirectiveOfficeRow {
  const passedDown = item.ownerOrganizationId !== item.officeId || item.ownerPersonId !== null;
  return {
    itemId: item.itemId,
    office: { id: item.officeId, name: item.officeName },
    region:
      item.officeRegionCode && item.officeRegionName
        ? { code: item.officeRegionCode, name: item.officeRegionName }
        : null,
    currentOwner: passedDown
      ? {
          organization: { id: item.ownerOrganizationId, name: item.ownerOrganizationName },
          person:
            item.ownerPersonId && item.ownerPersonName
              ? { id: item.ownerPersonId, name: item.ownerPersonName }
              : null,
        }
      : null,
    status: item.status,
    standing: standingOf(item),
    health: item.health,
    progress: item.progress,
    dueOn: item.dueOn,
    lastUpdateAt: item.updatedAt.toISOString(),
    version: item.version,
  };
}

function header(row: DirectiveHeaderRow, readableMeetings: ReadonlySet<string>, counts: DirectiveCounts) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    priority: row.priority,
    dueOn: row.dueOn,
    issuedBy: {
      organization: { id: row.issuerId, name: row.issuerName },
      person:
        row.issuerPersonId && row.issuerPersonName
          ? { id: row.issuerPersonId, name: row.issuerPersonName }
          : null,
    },
    region: row.regionCode && row.regionName ? { code: row.regionCode, name: row.regionName } : null,
    meeting: shownLink(
      row.meetingId && row.meetingTitle ? { id: row.meetingId, title: row.meetingTitle } : null,
      readableMeetings,
    ),
    counts,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Directives as the reader sees them, in the order of `ids` (which they may all see): the header,
 * and counts and office rows over the items in the reader's scope only, so a regency never sees
 * another regency's progress. A row a merge left behind (its office merged into one that has its own
 * row) is not shown. `withOffices`: the page's rows and what the reader may change.
 */
export async function readDirectives(
  ctx: Context,
  ids: readonly string[],
  options: { withOffices: boolean },
): Promise<(DirectiveSummary | DirectiveDetail)[]> {
  if (ids.length === 0) return [];
  const scope = scopeOf(ctx);
  const [headers, allItems] = await Promise.all([
    findDirectiveHeaders(ctx.db, ids),
    listDirectiveItems(ctx.db, ids, null, todayIn()),
  ]);
  const readableMeetings = await readableAmong(
    ctx,
    'meeting',
    headers.map((h) => h.meetingId),
  );
  const byId = new Map(headers.map((h) => [h.id, h]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const items = allItems.filter((i) => i.directiveId === id && !i.officeMergedInto);
    const shown = items.filter((i) => regionInScope(scope, i.regionCode));
    const summary = header(row, readableMeetings, countStandings(shown));
    if (!options.withOffices) return [summary];
    const mayChange =
      !ctx.user ||
      mayChangeDirective(actorOf(ctx.user), {
        regionCode: row.regionCode,
        officeRegions: items.map((i) => i.officeRegionCode),
      });
    const detail: DirectiveDetail = {
      ...summary,
      instruction: row.instruction,
      updatedAt: row.updatedAt.toISOString(),
      offices: shown.map(officeRow),
      officesOutsideScope: items.length - shown.length,
      canEdit: mayChange && row.status !== 'cancelled',
      canAddOffices: mayChange && row.status !== 'cancelled',
      canCancel: mayChange && row.status === 'open',
    };
    return [detail];
  });
}
