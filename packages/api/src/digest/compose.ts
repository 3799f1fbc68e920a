import type { Database } from '@tindak/db';
import { actionItemStatusMachine, openStatuses, type Role } from '@tindak/shared';
import { addDays, format, parseISO } from 'date-fns';
import { type RawBuilder, sql } from 'kysely';
import type {
  DigestCommitment,
  DigestContent,
  DigestItem,
  DigestMeeting,
  DigestProposal,
  DigestRegionRow,
  NotificationFacts,
} from '../mail/content';
import type { AppLinks } from '../mail/links';
import { byUrgency } from '../mail/templates/describe-notification';
import { actionItemVisible, meetingVisible } from '../repositories/scope';
import { statusList } from '../repositories/status-sql';
import type { DigestPeriod } from './period';
import { commitmentInRegion, proposalInRegion } from './scope-sets';

/** The reader of a digest: what they see (scope) and what concerns them (role, office). */
export interface DigestReader {
  id: string;
  role: Role;
  organizationId: string;
  personId: string | null;
  scopeRegion: string | null;
  timeZone: string;
}

const OPEN_STATUSES = openStatuses(actionItemStatusMachine);
const OPEN = statusList(OPEN_STATUSES);

/**
 * Rows a digest shows of each list; the rest are counted and linked ("10 of 214 · See all"). A
 * mail is read on a phone: a province's full lists made digests of 250 KB, past what mail clients
 * show (Gmail cuts a message at 102 KB), and a mail that long is not read.
 */
export const DIGEST_SECTION_ROWS = 10;

/**
 * Which action items a digest covers. Staff get what is theirs (assigned to them or to their office
 * as a whole); every other role gets everything in scope.
 */
function itemsFor(reader: DigestReader): RawBuilder<boolean> {
  if (reader.role === 'staff') {
    return sql<boolean>`(a.owner_person_id = ${reader.personId}::uuid
      or (a.owner_person_id is null and a.owner_organization_id = ${reader.organizationId}::uuid))`;
  }
  return reader.scopeRegion === null ? sql<boolean>`true` : actionItemVisible('a', reader.scopeRegion);
}

/**
 * `column` within two days either side of the local dates [from, toExclusive): a condition on the
 * instant, wide enough for any time zone, set beside the exact one on the local date so that an
 * index on the column can serve it. The local-date condition still decides what is in.
 */
function around(column: string, from: string, toExclusive: RawBuilder<unknown>) {
  return sql<boolean>`${sql.raw(column)} >= (${from}::date - 2)::timestamptz
    and ${sql.raw(column)} < (${toExclusive} + 2)::timestamptz`;
}

interface ItemRow {
  id: string;
  title: string;
  officeName: string;
  regionName: string | null;
  ownerName: string | null;
  dueDate: string;
  status: string;
  daysOverdue: number | null;
  resolvedAt: string | null;
}

type ListName = 'overdue' | 'due' | 'resolved';

/** One of a reader's item lists: which items, in what order. */
interface ItemList {
  where: RawBuilder<boolean>;
  order: RawBuilder<unknown>;
}

/**
 * The reader's item lists, each its first DIGEST_SECTION_ROWS rows and the count of all that
 * match, in one statement. Each list is gathered once (materialized), counted, and cut before the
 * joins: a province's list is thousands of items, and joining each to its office and owner only to
 * count it was most of a head's digest. One statement rather than one per list: a staff member's
 * lists are a few rows each, and a round trip and a plan per list cost more than reading them.
 */
async function itemLists(
  db: Database,
  reader: DigestReader,
  lists: Record<ListName, ItemList>,
  today: string,
) {
  const names = Object.keys(lists) as ListName[];
  const gathered = names.map(
    (name) =>
      sql`${sql.raw(name)} as materialized (select * from action_items a where ${itemsFor(reader)} and ${lists[name].where})`,
  );
  const shown = names.map(
    (name) => sql`(select ${name}::text as list, (select count(*)::int from ${sql.raw(name)}) as total,
      row_number() over (order by ${lists[name].order})::int as position, a.*
      from ${sql.raw(name)} a order by ${lists[name].order} limit ${DIGEST_SECTION_ROWS})`,
  );
  const rows = await sql<ItemRow & { list: ListName; total: number }>`
    with ${sql.join(gathered)}
    select a.list, a.total, a.id, a.title, o.name as "officeName", r.name as "regionName", p.full_name as "ownerName",
      to_char(a.due_on, 'YYYY-MM-DD') as "dueDate", a.status,
      case when a.status in ${OPEN} and a.due_on < ${today}::date then ${today}::date - a.due_on end as "daysOverdue",
      case when a.status = 'done' then to_char(a.completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') end as "resolvedAt"
    from (${sql.join(shown, sql` union all `)}) a
    join organizations o on o.id = a.owner_organization_id
    left join regions r on r.code = a.region_code
    left join people p on p.id = a.owner_person_id
    order by a.list, a.position`.execute(db);
  const result = {} as Record<ListName, { rows: ItemRow[]; total: number }>;
  for (const name of names) {
    const mine = rows.rows.filter((row) => row.list === name);
    result[name] = { rows: mine.map(({ list: _l, total: _t, ...row }) => row), total: totalOf(mine) };
  }
  return result;
}

/** The count of all that matched, carried on each row (0 when none did). */
const totalOf = (rows: { total: number }[]) => rows[0]?.total ?? 0;

/** The sections that depend only on the reader's scope and time zone, not on who they are. */
export type ScopeSections = Pick<
  DigestContent,
  'commitments' | 'proposalsAwaitingDecision' | 'upcomingMeetings' | 'scopeMore'
>;

/**
 * Commitments changed last week, proposals awaiting a decision and meetings of the coming two
 * weeks, as everyone with this scope region and time zone sees them.
 */
export async function composeScopeSections(
  db: Database,
  reader: Pick<DigestReader, 'scopeRegion' | 'timeZone'>,
  period: DigestPeriod,
  links: AppLinks,
): Promise<ScopeSections> {
  const { today, weekStart, weekEnd, lastWeekStart } = period;
  const tz = reader.timeZone;
  const region = reader.scopeRegion;

  // Each list is gathered once, counted, and cut before its joins (see itemLists()).
  const commitmentsWhere = sql`${region === null ? sql`true` : commitmentInRegion('c', region)}
    and (c.updated_at at time zone ${tz})::date between ${lastWeekStart}::date and (${weekStart}::date - 1)
    and ${around('c.updated_at', lastWeekStart, sql`${weekStart}::date`)}`;
  const commitments = await sql<Omit<DigestCommitment, 'url'> & { id: string; total: number }>`
    with matching as materialized (
      -- The week's changes are found in the covering index alone; only the region's are read.
      select * from commitments where id in (select c.id from commitments c where ${commitmentsWhere})
    )
    select c.id, c.title, (select count(*)::int from matching) as total, coalesce(pp.full_name || ', ' || o.name, o.name) as "partyName", c.status,
      case when (c.created_at at time zone ${tz})::date >= ${lastWeekStart}::date then 'new' else 'changed' end as change,
      to_char(c.due_on, 'YYYY-MM-DD') as "dueDate"
    from (select * from matching c order by c.updated_at desc limit ${DIGEST_SECTION_ROWS}) c
    join organizations o on o.id = c.committed_by_organization_id
    left join people pp on pp.id = c.committed_by_person_id
    order by c.updated_at desc`.execute(db);

  const proposalsWhere = sql`pr.status in ('submitted', 'under_review')
    and ${region === null ? sql`true` : proposalInRegion('pr', region)}`;
  const proposals = await sql<Omit<DigestProposal, 'url'> & { id: string; total: number }>`
    with matching as materialized (select * from proposals pr where ${proposalsWhere})
    select pr.id, pr.title, (select count(*)::int from matching) as total, o.name as "addresseeName", pr.status,
      (select to_char(min(e.occurred_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from events e
        where e.aggregate_type = 'proposal' and e.aggregate_id = pr.id::text and e.event_type = 'ProposalSubmitted') as "submittedAt"
    from (select * from matching pr order by pr.created_at limit ${DIGEST_SECTION_ROWS}) pr
    left join organizations o on o.id = pr.addressed_to_organization_id
    order by pr.created_at`.execute(db);

  const meetingsWhere = sql`m.status = 'scheduled' and ${region === null ? sql`true` : meetingVisible('m', region)}
    and (m.starts_at at time zone ${tz})::date between ${today}::date and (${weekEnd}::date + 7)
    and ${around('m.starts_at', today, sql`${weekEnd}::date + 8`)}`;
  const meetings = await sql<Omit<DigestMeeting, 'url'> & { id: string; total: number }>`
    with matching as materialized (select * from meetings m where ${meetingsWhere})
    select m.id, m.title, (select count(*)::int from matching) as total,
      to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
      m.place, m.type as "meetingType"
    from (select * from matching m order by m.starts_at limit ${DIGEST_SECTION_ROWS}) m
    order by m.starts_at`.execute(db);

  return {
    commitments: commitments.rows.map(({ id, total: _t, ...c }) => ({ ...c, url: links.commitment(id) })),
    proposalsAwaitingDecision: proposals.rows.map(({ id, total: _t, ...p }) => ({
      ...p,
      url: links.proposal(id),
    })),
    upcomingMeetings: meetings.rows.map(({ id, total: _t, ...m }) => ({ ...m, url: links.meeting(id) })),
    scopeMore: {
      commitments: { total: totalOf(commitments.rows), url: links.list('komitmen', {}) },
      // The app lists proposals only per meeting: the count stands alone.
      proposals: { total: totalOf(proposals.rows), url: null },
      meetings: {
        total: totalOf(meetings.rows),
        url: links.list('rapat', {
          dari: today,
          sampai: format(addDays(parseISO(weekEnd), 7), 'yyyy-MM-dd'),
        }),
      },
    },
  };
}

/**
 * Everything one reader's weekly digest says, for the week that contains `period.today`. The scope
 * sections are read here unless given (the worker reads them once per region and time zone).
 */
export async function composeDigest(
  db: Database,
  reader: DigestReader,
  period: DigestPeriod,
  links: AppLinks,
  scopeName: string,
  scope?: ScopeSections,
): Promise<DigestContent> {
  const { today, weekStart, weekEnd, lastWeekStart } = period;
  const tz = reader.timeZone;
  const toItem = (row: ItemRow): DigestItem => ({ ...row, url: links.item(row.id) });

  const {
    overdue: overdueList,
    due: dueList,
    resolved: resolvedList,
  } = await itemLists(
    db,
    reader,
    {
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
    },
    today,
  );
  const overdue: DigestContent['overdue'] = [];
  for (const row of overdueList.rows) {
    let group = overdue.find((g) => g.officeName === row.officeName);
    if (!group) {
      group = { officeName: row.officeName, items: [] };
      overdue.push(group);
    }
    group.items.push(toItem(row));
  }

  const { commitments, proposalsAwaitingDecision, upcomingMeetings, scopeMore } =
    scope ?? (await composeScopeSections(db, reader, period, links));
  // The list in the app that holds each section in full; staff's lists are their office's.
  const mine: Record<string, string> = reader.role === 'staff' ? { instansi: reader.organizationId } : {};

  let completionByRegion: DigestRegionRow[] | null = null;
  if (reader.role === 'head') {
    // Per regency or city (the first two levels of the code), within the reader's scope.
    const rows = await sql<DigestRegionRow>`
      select coalesce(r.name, '—') as "regionName",
        count(*) filter (where a.status = 'done')::int as done,
        count(*) filter (where a.status in ${OPEN})::int as open,
        count(*) filter (where a.status in ${OPEN} and a.due_on < ${today}::date)::int as overdue
      from action_items a
      left join regions r on r.code = substring(a.region_code from '^\\d{2}(?:\\.\\d{2})?')
      where ${itemsFor(reader)}
      group by r.name, r.code
      order by r.code nulls last`.execute(db);
    completionByRegion = rows.rows;
  }

  // The most urgent of the week's notifications, as many as a list shows; the first hundred are
  // enough to choose them from (a week rarely has that many), the count is of all.
  const notificationRows = await db
    .selectFrom('notifications')
    .select(['data', sql<number>`count(*) over ()`.as('total')])
    .where('userId', '=', reader.id)
    .where('delivery', '=', 'weekly')
    .where(
      sql<boolean>`(created_at at time zone ${tz})::date between ${lastWeekStart}::date and ${today}::date`,
    )
    .orderBy('id')
    .limit(100)
    .execute();
  const notifications = byUrgency(notificationRows.map((n) => n.data as unknown as NotificationFacts)).slice(
    0,
    DIGEST_SECTION_ROWS,
  );

  return {
    week: period.week,
    weekStart,
    weekEnd,
    scopeName,
    role: reader.role,
    overdue,
    dueThisWeek: dueList.rows.map(toItem),
    resolvedLastWeek: resolvedList.rows.map(toItem),
    commitments,
    proposalsAwaitingDecision,
    upcomingMeetings,
    more: {
      overdue: { total: overdueList.total, url: links.list('tindak-lanjut', { ...mine, terlambat: 'ya' }) },
      dueThisWeek: {
        total: dueList.total,
        url: links.list('tindak-lanjut', {
          ...mine,
          status: [...OPEN_STATUSES],
          'tenggat-dari': today,
          'tenggat-sampai': weekEnd,
        }),
      },
      resolvedLastWeek: {
        total: resolvedList.total,
        url: links.list('tindak-lanjut', { ...mine, status: 'done', urut: 'terbaru' }),
      },
      notifications: { total: totalOf(notificationRows), url: links.settings },
    },
    scopeMore,
    completionByRegion,
    notifications,
  };
}
