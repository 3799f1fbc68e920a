import type { Database } from '@tindak/db';
import { actionItemStatusMachine, openStatuses, type Role } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import type { DigestRegionRow } from '../mail/content';
import { compiledOnce, marker } from './compiled-once';
import { around } from './digest-scope.repo';
import { actionItemVisible } from './scope';
import { statusList } from './status-sql';

/**
 * Rows a digest shows of each list; the rest are counted and linked ("10 of 214 · See all"). A
 * mail is read on a phone: a province's full lists made digests of 250 KB, past what mail clients
 * show (Gmail cuts a message at 102 KB), and a mail that long is not read.
 */
export const DIGEST_SECTION_ROWS = 10;

export const OPEN_STATUSES = openStatuses(actionItemStatusMachine);
export const OPEN = statusList(OPEN_STATUSES);

/** Whose items a digest lists: see itemsFor. */
export interface DigestAudience {
  role: Role;
  organizationId: string;
  personId: string | null;
  scopeRegion: string | null;
}

/**
 * Which action items a digest covers. Staff get what is theirs (assigned to them or to their office
 * as a whole); every other role gets everything in scope.
 */
function itemsFor(reader: DigestAudience): RawBuilder<boolean> {
  if (reader.role === 'staff') {
    return sql<boolean>`(a.owner_person_id = ${reader.personId}::uuid or ${officeUnassigned(reader.organizationId)})`;
  }
  return reader.scopeRegion === null ? sql<boolean>`true` : actionItemVisible('a', reader.scopeRegion);
}

/** An office's items that nobody in it holds yet: every one of its staff's lists shows them. */
function officeUnassigned(organizationId: string): RawBuilder<boolean> {
  return sql<boolean>`(a.owner_person_id is null and a.owner_organization_id = ${organizationId}::uuid)`;
}

/** Each list gathered once (materialized) as a CTE named after it: `whose` items match its condition. */
function gatherLists(lists: Record<ListName, ItemList>, whose: (name: ListName) => RawBuilder<boolean>) {
  return sql.join(
    (Object.keys(lists) as ListName[]).map(
      (name) =>
        sql`${sql.raw(name)} as materialized (select * from action_items a where ${whose(name)} and ${lists[name].where})`,
    ),
  );
}

export interface ItemRow {
  id: string;
  title: string;
  officeName: string;
  regionName: string | null;
  ownerName: string | null;
  dueDate: string;
  status: string;
  daysOverdue: number | null;
  resolvedAt: string | null;
  /** The directive the item is one office's share of; the list shows the directive once, at its first item. */
  directiveId: string | null;
}

export type ListName = 'overdue' | 'due' | 'resolved';

/** One of a reader's item lists: which items, in what order. */
export interface ItemList {
  where: RawBuilder<boolean>;
  order: RawBuilder<unknown>;
}

/**
 * What an office's staff share of their lists: the office's items that nobody in it holds yet
 * (owner_person_id null), each list's first rows (their ids) and its count. The worker reads it
 * once per office and tick (compose.ts) instead of once per staff member: an office's unassigned
 * items were most of each of its thirty staff's lists, read again for each (issue 20).
 */
export interface OfficeShare {
  ids: Record<ListName, string[]>;
  totals: Record<ListName, number>;
}

/**
 * The reader's item lists, each its first DIGEST_SECTION_ROWS rows and the count of all that
 * match, in one statement. Each list is gathered once (materialized), counted, and cut before the
 * joins: a province's list is thousands of items, and joining each to its office and owner only to
 * count it was most of a head's digest. One statement rather than one per list: a staff member's
 * lists are a few rows each, and a round trip and a plan per list cost more than reading them.
 * The names of the rows shown are looked up by key: joined, the planner hashed all the offices and
 * regions for each reader's thirty rows.
 *
 * With `office` (staff, in the worker), the office's part of each list is its first rows read
 * before: the statement reads the reader's own items and those rows by id, and adds the office's
 * count. The first rows of the whole list are among them, so the list is the same (its order and
 * its cut are still the database's), as of when the office's part was read.
 */
export async function itemLists(
  db: Database,
  reader: DigestAudience,
  lists: Record<ListName, ItemList>,
  today: string,
  office?: OfficeShare,
) {
  const names = Object.keys(lists) as ListName[];
  const gathered = gatherLists(lists, (name) =>
    office
      ? sql<boolean>`(a.owner_person_id = ${reader.personId}::uuid or a.id = any(${office.ids[name]}::uuid[]))`
      : itemsFor(reader),
  );
  const total = (name: ListName) =>
    office
      ? sql`(select count(*)::int from ${sql.raw(name)} a where a.id <> all(${office.ids[name]}::uuid[])) + ${office.totals[name]}::int`
      : sql`(select count(*)::int from ${sql.raw(name)})`;
  const shown = names.map((name) => firstRows(name, lists[name].order, sql`a.*, ${total(name)} as total`));
  const rows = await sql<ItemRow & { list: ListName; total: number }>`
    with ${gathered}
    select a.list, a.total, a.id, a.title,
      (select o.name from organizations o where o.id = a.owner_organization_id) as "officeName",
      (select r.name from regions r where r.code = a.region_code) as "regionName",
      (select p.full_name from people p where p.id = a.owner_person_id) as "ownerName",
      to_char(a.due_on, 'YYYY-MM-DD') as "dueDate", a.status,
      case when a.status in ${OPEN} and a.due_on < ${today}::date then ${today}::date - a.due_on end as "daysOverdue",
      case when a.status = 'done' then to_char(a.completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') end as "resolvedAt",
      a.directive_id as "directiveId"
    from (${sql.join(shown, sql` union all `)}) a
    order by a.list, a.position`.execute(db);
  const result = {} as Record<ListName, { rows: ItemRow[]; total: number }>;
  for (const name of names) {
    const mine = rows.rows.filter((row) => row.list === name);
    result[name] = { rows: mine.map(({ list: _l, total: _t, ...row }) => row), total: totalOf(mine) };
  }
  return result;
}

/**
 * A gathered list's first DIGEST_SECTION_ROWS rows in its order, with its name and each row's
 * position. A directive's items collapse into one line (its first in the list's order), so eleven
 * offices' shares of one instruction take one row of the ten, not all of them (issue 19).
 */
function firstRows(name: ListName, order: RawBuilder<unknown>, columns: RawBuilder<unknown>) {
  return sql`(select ${name}::text as list, row_number() over (order by ${order})::int as position, ${columns}
      from (select a.*, row_number() over (partition by coalesce(a.directive_id, a.id) order by ${order}) as nth
        from ${sql.raw(name)} a) a
      where a.nth = 1 order by ${order} limit ${DIGEST_SECTION_ROWS})`;
}

/**
 * The office's share of its staff's lists (OfficeShare). Each list's first rows are enough: a
 * staff member's list is the office's items and their own, and each of the office's first ten is
 * a line of it ahead of the office's later rows (itself, or an earlier item of its directive).
 */
export async function officeItemShare(
  db: Database,
  organizationId: string,
  week: DigestWeek,
): Promise<OfficeShare> {
  const lists = digestListConditions(week);
  const names = Object.keys(lists) as ListName[];
  const gathered = gatherLists(lists, () => officeUnassigned(organizationId));
  const shown = names.map((name) =>
    firstRows(name, lists[name].order, sql`a.id, (select count(*)::int from ${sql.raw(name)}) as total`),
  );
  const rows = await sql<{ list: ListName; id: string; total: number }>`
    with ${gathered}
    select a.list, a.id, a.total from (${sql.join(shown, sql` union all `)}) a
    order by a.list, a.position`.execute(db);
  const share: OfficeShare = {
    ids: { overdue: [], due: [], resolved: [] },
    totals: { overdue: 0, due: 0, resolved: 0 },
  };
  for (const row of rows.rows) {
    share.ids[row.list].push(row.id);
    share.totals[row.list] = row.total;
  }
  return share;
}

/** The count of all that matched, carried on each row (0 when none did). */
export const totalOf = (rows: { total: number }[]) => rows[0]?.total ?? 0;

/** The week of a digest, as the reader's time zone reckons it (YYYY-MM-DD dates). */
export interface DigestWeek {
  today: string;
  weekStart: string;
  weekEnd: string;
  lastWeekStart: string;
  timeZone: string;
}

/**
 * What each of a digest's item lists holds, written once: the lists' rows and counts
 * (digestItemLists), the summary line read from those counts, and the heads' table by region
 * (completionByRegion) all read these, so the headline can never say "0 selesai" beside a table
 * that counts an item done.
 */
export function digestListConditions(week: DigestWeek): Record<ListName, ItemList> {
  const { today, weekStart, weekEnd, lastWeekStart } = week;
  const tz = week.timeZone;
  return {
    overdue: {
      where: sql<boolean>`a.status in ${OPEN} and a.due_on < ${today}::date`,
      order: sql`a.due_on, a.created_at`,
    },
    due: {
      where: sql<boolean>`a.status in ${OPEN} and a.due_on between ${today}::date and ${weekEnd}::date`,
      order: sql`a.due_on, a.title`,
    },
    resolved: {
      where: sql<boolean>`a.status = 'done'
          and (a.completed_at at time zone ${tz})::date between ${lastWeekStart}::date and (${weekStart}::date - 1)
          and ${around('a.completed_at', lastWeekStart, sql`${weekStart}::date`)}`,
      order: sql`a.completed_at`,
    },
  };
}

/**
 * The reader's overdue items, items due this week and items resolved last week: each list's first
 * DIGEST_SECTION_ROWS rows and its total.
 */
export function digestItemLists(
  db: Database,
  reader: DigestAudience,
  week: DigestWeek,
  office?: OfficeShare,
) {
  return itemLists(db, reader, digestListConditions(week), week.today, office);
}

/**
 * Per regency or city (the first two levels of the code): the items of the reader's reach done in
 * the digest's week (the "resolved" list), open now, and overdue (the "overdue" list). Its columns
 * add up to the summary line's numbers.
 */
export async function completionByRegion(
  db: Database,
  reader: DigestAudience,
  week: DigestWeek,
): Promise<DigestRegionRow[]> {
  const lists = digestListConditions(week);
  const rows = await sql<DigestRegionRow>`
      select coalesce(r.name, '—') as "regionName",
        count(*) filter (where ${lists.resolved.where})::int as done,
        count(*) filter (where a.status in ${OPEN})::int as open,
        count(*) filter (where ${lists.overdue.where})::int as overdue
      from action_items a
      left join regions r on r.code = substring(a.region_code from '^\\d{2}(?:\\.\\d{2})?')
      where ${itemsFor(reader)} and (a.status in ${OPEN} or ${lists.resolved.where})
      group by r.name, r.code
      order by r.code nulls last`.execute(db);
  return rows.rows;
}

/**
 * The reader's notifications of the week kept for the digest (delivery 'weekly'), the first hundred
 * by id, each row carrying the count of all.
 */
export function listWeeklyNotifications(
  db: Database,
  userId: string,
  week: { timeZone: string; lastWeekStart: string; today: string },
) {
  return weeklyNotifications(db, userId, week.timeZone, week.lastWeekStart, week.today);
}

// Read once per digest (20,000 on a Monday): compiled once.
const weeklyNotifications = compiledOnce(
  (db: Database, userId: string, timeZone: string, lastWeekStart: string, today: string) =>
    db
      .selectFrom('notifications')
      .select(['data', sql<number>`count(*) over ()`.as('total')])
      .where('userId', '=', userId)
      .where('delivery', '=', 'weekly')
      .where(
        sql<boolean>`(created_at at time zone ${timeZone})::date between ${lastWeekStart}::date and ${today}::date`,
      )
      .orderBy('id')
      .limit(100),
  [marker('userId'), marker('timeZone'), marker('lastWeekStart'), marker('today')],
);
