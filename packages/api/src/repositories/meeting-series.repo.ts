import type { Database } from '@tindak/db';
import {
  actionItemStatusMachine,
  type CarryOverKind,
  commitmentStatusMachine,
  openStatuses,
  proposalStatusMachine,
} from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { directiveVisible } from './directive.repo';
import { actionItemVisible, commitmentVisible, meetingVisible, proposalVisible } from './scope';
import { statusList } from './status-sql';

// A meeting series is the chain of meetings.follows_meeting_id. Every link points to a meeting that
// starts earlier (the service checks it on every change of a link or a start), so the chain cannot
// loop; the walks are bounded all the same, so a bad row can never spin a query.

/** How far a series is walked each way: a yearly forum for a lifetime, and then some. */
export const SERIES_DEPTH = 100;

/** `true`, or the visibility condition of `kind` on `alias` for a scoped reader. */
function visibleTo(region: string | null, condition: (alias: string, region: string) => RawBuilder<boolean>) {
  return (alias: string) => (region === null ? sql<boolean>`true` : condition(alias, region));
}

export interface SeriesMeetingRow {
  id: string;
  type: 'audiensi' | 'rakornis' | 'rakor' | 'forum' | 'pelatihan' | 'kunjungan_kerja' | 'lainnya';
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: 'scheduled' | 'held' | 'postponed' | 'cancelled';
  hostId: string;
  hostName: string;
  followsMeetingId: string | null;
}

/**
 * The whole series around a meeting (its ancestors, and every meeting that follows it or them),
 * earliest first, as far as the reader sees: the walk passes through meetings the reader does not
 * see, but only the visible ones are returned.
 */
export async function listSeriesMeetings(
  db: Database,
  meetingId: string,
  region: string | null,
): Promise<SeriesMeetingRow[]> {
  const visible = visibleTo(region, meetingVisible);
  const { rows } = await sql<SeriesMeetingRow>`
    with recursive back (id, follows_meeting_id, depth) as (
      select id, follows_meeting_id, 0 from meetings where id = ${meetingId}::uuid
      union all
      select m.id, m.follows_meeting_id, b.depth + 1 from meetings m join back b on m.id = b.follows_meeting_id
      where b.depth < ${SERIES_DEPTH}
    ),
    root as (select id from back order by depth desc limit 1),
    forward (id, depth) as (
      select id, 0 from root
      union all
      select m.id, f.depth + 1 from meetings m join forward f on m.follows_meeting_id = f.id
      where f.depth < ${SERIES_DEPTH}
    )
    select distinct m.id, m.type, m.title, m.starts_at, m.ends_at, m.time_zone, m.status,
      o.id as host_id, o.name as host_name, m.follows_meeting_id
    from forward f join meetings m on m.id = f.id join organizations o on o.id = m.host_organization_id
    where ${visible('m')}
    order by m.starts_at, m.id`.execute(db);
  return rows;
}

/** The meeting and the meetings it follows, back to the start of the series (ids, nearest first). */
export async function listAncestorIds(db: Database, meetingId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive back (id, follows_meeting_id, depth) as (
      select id, follows_meeting_id, 0 from meetings where id = ${meetingId}::uuid
      union all
      select m.id, m.follows_meeting_id, b.depth + 1 from meetings m join back b on m.id = b.follows_meeting_id
      where b.depth < ${SERIES_DEPTH}
    )
    select id from back order by depth`.execute(db);
  return rows.map((row) => row.id);
}

/** The start of the meeting a new link points to, locked against a reschedule until this change commits. */
export async function lockFollowedStart(db: Database, meetingId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('meetings')
    .select('startsAt')
    .where('id', '=', meetingId)
    .forShare()
    .executeTakeFirst();
  return row?.startsAt;
}

/** The earliest start among the meetings that follow this one (null: none). */
export async function earliestFollowerStart(db: Database, meetingId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.min('startsAt').as('earliest'))
    .where('followsMeetingId', '=', meetingId)
    .executeTakeFirst();
  return row?.earliest ? new Date(row.earliest as Date) : null;
}

export async function setFollowsMeeting(db: Database, meetingId: string, followsMeetingId: string | null) {
  await db.updateTable('meetings').set({ followsMeetingId }).where('id', '=', meetingId).execute();
}

export interface RecordRow {
  kind: CarryOverKind;
  id: string;
  title: string;
  status: string;
  open: boolean;
  owner: string | null;
  dueOn: string | null;
  fromMeetingId: string | null;
  fromMeetingTitle: string | null;
  fromMeetingStartsAt: Date | null;
  fromMeetingTimeZone: string | null;
  /** An action item's directive (null for other kinds, and for an item given on its own). */
  directiveId: string | null;
}

const openProposal = statusList(openStatuses(proposalStatusMachine));
const openCommitment = statusList(openStatuses(commitmentStatusMachine));
const openActionItem = statusList(openStatuses(actionItemStatusMachine));

/**
 * Records of these meetings (null: of any meeting) the reader sees, each with the latest of these
 * meetings it belongs to; `only` narrows to given ids, `openOnly` to records whose work is not over.
 */
export async function listSeriesRecords(
  db: Database,
  filter: {
    meetingIds: readonly string[] | null;
    region: string | null;
    openOnly: boolean;
    only?: RecordIds;
  },
): Promise<RecordRow[]> {
  if (filter.meetingIds?.length === 0) return [];
  const ids = filter.meetingIds ? [...filter.meetingIds] : null;
  const inMeetings = (column: string) => (ids ? sql`${sql.raw(column)} = any(${ids}::uuid[])` : sql`true`);
  const only = (kind: CarryOverKind, column: string) => {
    if (!filter.only) return sql`true`;
    const wanted = filter.only[kind];
    return wanted.length === 0 ? sql`false` : sql`${sql.raw(column)} = any(${wanted}::uuid[])`;
  };
  const open = (column: string, list: RawBuilder<unknown>) =>
    filter.openOnly ? sql`${sql.raw(column)} in ${list}` : sql`true`;
  const { rows } = await sql<RecordRow>`
    select * from (
      select distinct on (p.id) 'proposal' as kind, p.id, p.title, p.status::text as status,
        p.status in ${openProposal} as open, ao.name as owner, null::text as due_on,
        m.id as from_meeting_id, m.title as from_meeting_title, m.starts_at as from_meeting_starts_at,
        m.time_zone as from_meeting_time_zone, null::uuid as directive_id
      from proposals p join proposal_meetings pm on pm.proposal_id = p.id
        join meetings m on m.id = pm.meeting_id
        join organizations ao on ao.id = p.addressed_to_organization_id
      where ${inMeetings('pm.meeting_id')} and ${open('p.status', openProposal)}
        and ${only('proposal', 'p.id')} and ${visibleTo(filter.region, proposalVisible)('p')}
      order by p.id, m.starts_at desc
    ) proposals
    union all
    select 'commitment', c.id, c.title, c.status::text, c.status in ${openCommitment},
      coalesce(oo.name, co.name), to_char(c.due_on, 'YYYY-MM-DD'),
      m.id, m.title, m.starts_at, m.time_zone, null::uuid
    from commitments c join meetings m on m.id = c.meeting_id
      join organizations co on co.id = c.committed_by_organization_id
      left join organizations oo on oo.id = c.owner_organization_id
    where ${inMeetings('c.meeting_id')} and ${open('c.status', openCommitment)}
      and ${only('commitment', 'c.id')} and ${visibleTo(filter.region, commitmentVisible)('c')}
    union all
    select 'actionItem', ai.id, ai.title, ai.status::text, ai.status in ${openActionItem},
      oo.name, to_char(ai.due_on, 'YYYY-MM-DD'), m.id, m.title, m.starts_at, m.time_zone, ai.directive_id
    from action_items ai join meetings m on m.id = ai.meeting_id
      join organizations oo on oo.id = ai.owner_organization_id
    where ${inMeetings('ai.meeting_id')} and ${open('ai.status', openActionItem)}
      and ${only('actionItem', 'ai.id')} and ${visibleTo(filter.region, actionItemVisible)('ai')}
    order by from_meeting_starts_at, kind, title, id`.execute(db);
  return rows;
}

export type RecordIds = Record<CarryOverKind, string[]>;

/**
 * Directives of these meetings (null: of any meeting) the reader sees: raised in one of them, or with
 * an item raised in one; each with the latest such meeting. The issuing office stands as the owner.
 */
export async function listSeriesDirectives(
  db: Database,
  filter: { meetingIds: readonly string[] | null; region: string | null; openOnly: boolean; only?: string[] },
): Promise<Omit<RecordRow, 'directiveId'>[]> {
  if (filter.meetingIds?.length === 0 || filter.only?.length === 0) return [];
  const ids = filter.meetingIds ? [...filter.meetingIds] : null;
  const inMeetings = (column: string) => (ids ? sql`${sql.raw(column)} = any(${ids}::uuid[])` : sql`true`);
  const only = filter.only ? sql`d.id = any(${[...filter.only]}::uuid[])` : sql`true`;
  const { rows } = await sql<Omit<RecordRow, 'directiveId'>>`
    select 'directive' as kind, d.id, d.title, d.status, d.status = 'open' as open, io.name as owner,
      to_char(d.due_on, 'YYYY-MM-DD') as due_on, fm.id as from_meeting_id, fm.title as from_meeting_title,
      fm.starts_at as from_meeting_starts_at, fm.time_zone as from_meeting_time_zone
    from directives d join organizations io on io.id = d.issued_by_organization_id
      left join lateral (
        (select m.id, m.title, m.starts_at, m.time_zone from meetings m
          where m.id = d.meeting_id and ${inMeetings('m.id')}
        union
        select m.id, m.title, m.starts_at, m.time_zone from action_items ai join meetings m on m.id = ai.meeting_id
          where ai.directive_id = d.id and ${inMeetings('m.id')})
        order by starts_at desc, id limit 1
      ) fm on true
    where ${ids ? sql`fm.id is not null` : sql`true`} and ${filter.openOnly ? sql`d.status = 'open'` : sql`true`}
      and ${only} and ${visibleTo(filter.region, directiveVisible)('d')}
    order by fm.starts_at, d.due_on, d.title, d.id`.execute(db);
  return rows;
}

export interface CarryOverRow {
  position: number;
  kind: CarryOverKind;
  id: string;
  note: string | null;
}

export async function listCarryOverRows(db: Database, meetingId: string): Promise<CarryOverRow[]> {
  const rows = await db
    .selectFrom('meetingCarryOvers')
    .select(['position', 'proposalId', 'commitmentId', 'actionItemId', 'directiveId', 'note'])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
  return rows.flatMap((row): CarryOverRow[] => {
    const { position, note } = row;
    if (row.proposalId) return [{ position, note, kind: 'proposal', id: row.proposalId }];
    if (row.commitmentId) return [{ position, note, kind: 'commitment', id: row.commitmentId }];
    if (row.actionItemId) return [{ position, note, kind: 'actionItem', id: row.actionItemId }];
    if (row.directiveId) return [{ position, note, kind: 'directive', id: row.directiveId }];
    return [];
  });
}

export async function replaceCarryOver(
  db: Database,
  meetingId: string,
  items: readonly { kind: CarryOverKind; id: string; note: string | null }[],
): Promise<void> {
  await db.deleteFrom('meetingCarryOvers').where('meetingId', '=', meetingId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('meetingCarryOvers')
    .values(
      items.map((item, position) => ({
        meetingId,
        position,
        note: item.note,
        proposalId: item.kind === 'proposal' ? item.id : null,
        commitmentId: item.kind === 'commitment' ? item.id : null,
        actionItemId: item.kind === 'actionItem' ? item.id : null,
        directiveId: item.kind === 'directive' ? item.id : null,
      })),
    )
    .execute();
}

/** Open proposals, commitments and action items raised in each meeting that the reader sees. */
export async function countOpenFollowUps(
  db: Database,
  meetingIds: readonly string[],
  region: string | null,
): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const ids = [...meetingIds];
  const { rows } = await sql<{ meetingId: string; count: number }>`
    select meeting_id, count(*)::int as count from (
      select pm.meeting_id from proposal_meetings pm join proposals p on p.id = pm.proposal_id
      where pm.meeting_id = any(${ids}::uuid[]) and p.status in ${openProposal}
        and ${visibleTo(region, proposalVisible)('p')}
      union all
      select c.meeting_id from commitments c
      where c.meeting_id = any(${ids}::uuid[]) and c.status in ${openCommitment}
        and ${visibleTo(region, commitmentVisible)('c')}
      union all
      select ai.meeting_id from action_items ai
      where ai.meeting_id = any(${ids}::uuid[]) and ai.status in ${openActionItem}
        and ${visibleTo(region, actionItemVisible)('ai')}
    ) open_records group by meeting_id`.execute(db);
  return new Map(rows.map((row) => [row.meetingId, row.count]));
}
