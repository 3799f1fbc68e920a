import type { Database } from '@tindak/db';
import {
  type ActionItemPriority,
  type ActionItemStatus,
  actionItemStatusMachine,
  type DashboardItem,
  type DashboardMeeting,
  DEFAULT_TIME_ZONE,
  DUE_SOON_DAYS,
  type Health,
  type MeetingType,
  openStatuses,
  TREND_WEEKS,
  type TrendWeek,
  type WaitingItem,
  type WaitingReason,
} from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { healthSql } from './action-item.repo';
import { actionItemVisible, meetingVisible } from './scope';
import { statusList } from './status-sql';

/** Each list on the home page shows at most this many rows (with the total beside them). */
export const HOME_LIST_LIMIT = 50;

const OPEN = statusList(openStatuses(actionItemStatusMachine));

const itemsInScope = (region: string | null) =>
  region === null ? sql<boolean>`true` : actionItemVisible('ai', region);

/** The Monday (ISO week start) of a date expression. */
const mondayOf = (date: RawBuilder<unknown>) =>
  sql<string>`(${date} - (extract(isodow from ${date})::int - 1))`;

interface ItemRow {
  id: string;
  title: string;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  progress: number;
  dueOn: string;
  ownerOrgId: string;
  ownerOrgName: string;
  ownerPersonId: string | null;
  ownerPersonName: string | null;
  regionCode: string | null;
  regionName: string | null;
  directiveId: string | null;
  directiveTitle: string | null;
  health: Health | null;
  total: number;
}

/**
 * The columns every listed item carries; the query names action_items `ai`. `total` counts the
 * rows before the limit (by default a window over the joined rows).
 */
function itemColumns(today: string, total: RawBuilder<number> = sql`(count(*) over ())::int`) {
  return sql`ai.id, ai.title, ai.status, ai.priority, ai.progress,
    to_char(ai.due_on, 'YYYY-MM-DD') as "dueOn",
    oo.id as "ownerOrgId", oo.name as "ownerOrgName",
    op.id as "ownerPersonId", op.full_name as "ownerPersonName",
    r.code as "regionCode", r.name as "regionName",
    d.id as "directiveId", d.title as "directiveTitle",
    ${healthSql(today)} as health,
    ${total} as total`;
}

const itemJoins = sql`join organizations oo on oo.id = ai.owner_organization_id
  left join people op on op.id = ai.owner_person_id
  left join regions r on r.code = ai.region_code
  left join directives d on d.id = ai.directive_id`;

function toItem(row: ItemRow): DashboardItem {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    health: row.health,
    priority: row.priority,
    progress: row.progress,
    dueOn: row.dueOn,
    ownerOrganization: { id: row.ownerOrgId, name: row.ownerOrgName },
    ownerPerson:
      row.ownerPersonId && row.ownerPersonName ? { id: row.ownerPersonId, name: row.ownerPersonName } : null,
    region: row.regionCode && row.regionName ? { code: row.regionCode, name: row.regionName } : null,
    directive:
      row.directiveId && row.directiveTitle ? { id: row.directiveId, title: row.directiveTitle } : null,
  };
}

export interface Listed<T> {
  items: T[];
  total: number;
}

const listed = <R extends { total: number }, T>(rows: R[], map: (row: R) => T): Listed<T> => ({
  items: rows.map(map),
  total: rows[0]?.total ?? 0,
});

/**
 * Open items someone owns (named as owner, or their office's when no person is named: the rule of
 * `ownsItem`) that are overdue or due by `dueBy`, oldest deadline first. Uses the owner indexes.
 */
export async function listMyItems(
  db: Database,
  owner: { organizationId: string; personId: string | null },
  today: string,
  dueBy: string,
): Promise<Listed<DashboardItem>> {
  const mine = owner.personId
    ? sql`(ai.owner_person_id = ${owner.personId}::uuid
        or (ai.owner_person_id is null and ai.owner_organization_id = ${owner.organizationId}::uuid))`
    : sql`(ai.owner_person_id is null and ai.owner_organization_id = ${owner.organizationId}::uuid)`;
  const rows = await sql<ItemRow>`
    select ${itemColumns(today)}
    from action_items ai ${itemJoins}
    where ai.status in ${OPEN} and ai.due_on <= ${dueBy}::date and ${mine}
    order by ai.due_on, ai.id
    limit ${HOME_LIST_LIMIT}`.execute(db);
  return listed(rows.rows, toItem);
}

/**
 * What waits for a head's decision in their scope: items awaiting verification (since their latest
 * pending evidence) and pending extension requests (since asked), oldest first.
 */
export async function listWaitingForDecision(
  db: Database,
  region: string | null,
  today: string,
): Promise<Listed<WaitingItem>> {
  const rows = await sql<ItemRow & { reason: WaitingReason; since: string; requestedDueOn: string | null }>`
    with waiting as (
      select ai.id as item_id, 'verification' as reason,
        coalesce(ev.submitted_at, ai.updated_at) as since, null::date as requested_due_on
      from action_items ai
      left join lateral (
        select max(e.created_at) as submitted_at from action_item_evidence e
        where e.action_item_id = ai.id and e.verdict = 'pending'
      ) ev on true
      where ai.status = 'awaiting_verification' and ${itemsInScope(region)}
      union all
      select er.action_item_id, 'extension', er.created_at, er.requested_due_on
      from extension_requests er
      join action_items ai on ai.id = er.action_item_id
      where er.status = 'pending' and ai.status in ${OPEN} and ${itemsInScope(region)}
    ),
    -- Limit first, then join: a province has hundreds waiting and the page shows the oldest 50.
    oldest as (
      select w.*, (count(*) over ())::int as total from waiting w
      order by w.since, w.item_id, w.reason
      limit ${HOME_LIST_LIMIT}
    )
    select ${itemColumns(today, sql`w.total`)}, w.reason,
      to_char(w.since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as since,
      to_char(w.requested_due_on, 'YYYY-MM-DD') as "requestedDueOn"
    from oldest w
    join action_items ai on ai.id = w.item_id
    ${itemJoins}
    order by w.since, ai.id, w.reason
    limit ${HOME_LIST_LIMIT}`.execute(db);
  return listed(rows.rows, (row) => ({
    ...toItem(row),
    reason: row.reason,
    since: row.since,
    requestedDueOn: row.requestedDueOn,
  }));
}

/** Scheduled meetings in scope that start in [from, to), soonest first (meetings_starts_at_idx). */
export async function listUpcomingMeetings(
  db: Database,
  region: string | null,
  from: Date,
  to: Date,
): Promise<Listed<DashboardMeeting>> {
  const rows = await sql<{
    id: string;
    type: MeetingType;
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    place: string | null;
    online: boolean;
    hostId: string;
    hostName: string;
    total: number;
  }>`
    select m.id, m.type, m.title,
      to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
      to_char(m.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "endsAt",
      m.time_zone as "timeZone", m.place, m.online_url is not null as online,
      o.id as "hostId", o.name as "hostName",
      (count(*) over ())::int as total
    from meetings m
    join organizations o on o.id = m.host_organization_id
    where m.status = 'scheduled'
      and m.starts_at >= ${from.toISOString()}::timestamptz and m.starts_at < ${to.toISOString()}::timestamptz
      and ${region === null ? sql`true` : meetingVisible('m', region)}
    order by m.starts_at, m.id
    limit ${HOME_LIST_LIMIT}`.execute(db);
  return listed(rows.rows, ({ hostId, hostName, total: _total, ...meeting }) => ({
    ...meeting,
    host: { id: hostId, name: hostName },
  }));
}

export interface CompletionCell {
  /** Regency/city (first two levels of the code) of the owner office; null without a region. */
  regionCode: string | null;
  regionName: string | null;
  officeId: string;
  officeName: string;
  officeRegionName: string | null;
  done: number;
  open: number;
  overdue: number;
  dueSoon: number;
}

/**
 * Done / open / overdue / due-soon counts per owner office and its regency or city, cancelled items left out:
 * one pass over the items in scope, grouped small, so the service can roll it up either way.
 */
export async function completionCells(
  db: Database,
  region: string | null,
  today: string,
): Promise<CompletionCell[]> {
  const rows = await sql<CompletionCell>`
    with counted as (
      select ai.region_code, ai.owner_organization_id as office_id,
        count(*) filter (where ai.status = 'done')::int as done,
        count(*) filter (where ai.status <> 'done')::int as open,
        count(*) filter (where ai.status <> 'done' and ai.due_on < ${today}::date)::int as overdue,
        count(*) filter (where ai.status <> 'done' and ai.due_on >= ${today}::date
          and ai.due_on <= ${today}::date + ${DUE_SOON_DAYS}::int)::int as due_soon
      from action_items ai
      where ai.status not in ('cancelled', 'draft') and ${itemsInScope(region)}
      group by 1, 2
    ),
    -- Cut each code to its regency or city only once per (code, office), not once per item.
    cells as (
      select substring(region_code from '^\\d{2}(?:\\.\\d{2})?') as region_key, office_id,
        sum(done)::int as done, sum(open)::int as open, sum(overdue)::int as overdue,
        sum(due_soon)::int as due_soon
      from counted
      group by 1, 2
    )
    select c.region_key as "regionCode", r.name as "regionName",
      o.id as "officeId", o.name as "officeName", orr.name as "officeRegionName",
      c.done, c.open, c.overdue, c.due_soon as "dueSoon"
    from cells c
    join organizations o on o.id = c.office_id
    left join regions r on r.code = c.region_key
    left join regions orr on orr.code = o.region_code
    order by c.region_key nulls last, o.name, o.id`.execute(db);
  return rows.rows;
}

/**
 * For each of the last TREND_WEEKS ISO weeks (Monday..Sunday in WIB, this week included), how
 * things stood at the end of the week (today, for this week): items done by then, items created by
 * then and not yet done, and of those the ones past their deadline. Counted from created_at,
 * completed_at and due_on (the current deadline; earlier ones are not replayed); cancelled items are
 * left out.
 *
 * One pass over the items in scope: each item becomes the week it was created, the week it was done
 * and the first week it was overdue (clamped to the window), those triples are grouped (a few
 * hundred at most), turned into +1/-1 changes per week, and a running sum gives each week's counts.
 */
export async function completionTrend(
  db: Database,
  region: string | null,
  today: string,
): Promise<TrendWeek[]> {
  const tz = DEFAULT_TIME_ZONE;
  // The Monday of a moment's week in WIB, clamped to the window: most items are older than the
  // window, and a comparison with its first moment spares them the time-zone conversion.
  const weekOf = (moment: RawBuilder<unknown>) =>
    sql`case when ${moment} < b.first_moment then b.first_monday
      else date_trunc('week', ${moment} at time zone ${tz})::date end`;
  // Overdue from the first week whose last counted day is after the deadline.
  const overdueWeek = mondayOf(sql`(ai.due_on + 1)`);
  const rows = await sql<TrendWeek>`
    with bounds as (
      select ${mondayOf(sql`${today}::date`)} as this_monday,
        ${mondayOf(sql`${today}::date`)} - ${7 * (TREND_WEEKS - 1)}::int as first_monday,
        ((${mondayOf(sql`${today}::date`)} - ${7 * (TREND_WEEKS - 1)}::int)::timestamp at time zone ${tz}) as first_moment
    ),
    items as materialized (
      select ${weekOf(sql`ai.created_at`)} as cw,
        case when ai.status = 'done' and ai.completed_at is not null then ${weekOf(sql`ai.completed_at`)} end as dw,
        case when ai.due_on < ${today}::date then ${overdueWeek} end as ow
      from action_items ai cross join bounds b
      where ai.status not in ('cancelled', 'draft') and ${itemsInScope(region)}
    ),
    spans as (
      select greatest(i.cw, b.first_monday) as open_from,
        case when i.dw is not null then greatest(i.dw, i.cw, b.first_monday) end as done_at,
        case when i.ow is not null then greatest(i.ow, i.cw, b.first_monday) end as overdue_from,
        count(*)::int as n
      from items i cross join bounds b
      group by 1, 2, 3
    ),
    changes as (
      select v.week, sum(v.done * s.n) as done, sum(v.open * s.n) as open, sum(v.overdue * s.n) as overdue
      from spans s
      cross join lateral (values
        (s.open_from, 0, 1, 0),
        (s.done_at, 1, -1, 0),
        (s.overdue_from, 0, 0, 1),
        (case when s.overdue_from is not null and s.done_at is not null
          then greatest(s.done_at, s.overdue_from) end, 0, 0, -1)
      ) as v(week, done, open, overdue)
      where v.week is not null
      group by v.week
    ),
    weeks as (
      select g::date as week from bounds b,
        generate_series(b.first_monday::timestamp, b.this_monday::timestamp, interval '7 days') g
    )
    select to_char(w.week, 'IYYY-"W"IW') as week,
      to_char(w.week, 'YYYY-MM-DD') as "weekStart",
      to_char(least(w.week + 6, ${today}::date), 'YYYY-MM-DD') as "asOf",
      (sum(coalesce(c.done, 0)) over (order by w.week))::int as done,
      (sum(coalesce(c.open, 0)) over (order by w.week))::int as open,
      (sum(coalesce(c.overdue, 0)) over (order by w.week))::int as overdue
    from weeks w
    left join changes c on c.week = w.week
    order by w.week`.execute(db);
  return rows.rows;
}
