import type { Database } from '@tindak/db';
import { type RawBuilder, sql } from 'kysely';
import type { DigestCommitment, DigestMeeting, DigestProposal } from '../mail/content';
import { DIGEST_SECTION_ROWS } from './digest-items.repo';
import { inRegionRaw } from './region-filter';
import { meetingVisible } from './scope';

/**
 * `column` within two days either side of the local dates [from, toExclusive): a condition on the
 * instant, wide enough for any time zone, set beside the exact one on the local date so that an
 * index on the column can serve it. The local-date condition still decides what is in.
 */
export function around(column: string, from: string, toExclusive: RawBuilder<unknown>) {
  return sql<boolean>`${sql.raw(column)} >= (${from}::date - 2)::timestamptz
    and ${sql.raw(column)} < (${toExclusive} + 2)::timestamptz`;
}

/**
 * The visibility rules of repositories/scope.ts, written as sets of ids for the weekly digest.
 * Each rule says the same thing ("made by an office in the region, for the region, or in a meeting
 * hosted by or attended from it"), but PostgreSQL reads it differently: `exists (...) or exists
 * (...)` is tested row by row (a few probes for every commitment of the week, for every reader),
 * while `x in (set)` reads the region's offices, participants and links once and hashes them.
 * The region and the codes beneath it are one index range (inRegionRaw) that the text_pattern_ops
 * indexes answer from the index alone, with its bounds as parameters: the worker's statements run
 * on generic plans (@tindak/db's prepared.ts), where a `like` pattern could not use the index.
 */
function withinRegion(table: string, select: string, column: string, region: string) {
  return sql`select ${sql.raw(select)} from ${sql.raw(table)} where ${inRegionRaw(column, region)}`;
}

const officesIn = (region: string) => withinRegion('organizations', 'id', 'region_code', region);

/** Meetings hosted by an office in the region or with a participant from it (meetingVisible). */
const meetingsIn = (region: string) => sql`
  select sm.id from meetings sm where sm.host_organization_id in (${officesIn(region)})
  union all ${withinRegion('meeting_participants', 'meeting_id', 'region_code', region)}`;

/** commitmentVisible: for the region, owned or made by an office in it, or made in a meeting it sees. */
function commitmentInRegion(alias: string, region: string): RawBuilder<boolean> {
  const c = sql.raw(alias);
  return sql<boolean>`(
    ${c}.id in (${withinRegion('commitment_regions', 'commitment_id', 'region_code', region)})
    or ${c}.owner_organization_id in (${officesIn(region)})
    or ${c}.committed_by_organization_id in (${officesIn(region)})
    or ${c}.meeting_id in (${meetingsIn(region)})
  )`;
}

/** proposalVisible: made by an office in the region, or raised in a meeting the region sees. */
function proposalInRegion(alias: string, region: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(alias)}.id in (
    select spp.proposal_id from proposal_proposers spp where spp.organization_id in (${officesIn(region)})
    union all
    select spm.proposal_id from proposal_meetings spm where spm.meeting_id in (${meetingsIn(region)})
  )`;
}

type Rows<T> = (Omit<T, 'url'> & { id: string; total: number })[];

/** A scope's commitments, proposals and meetings: each section's first rows, each row with the count of all. */
export interface DigestScopeRows {
  commitments: Rows<DigestCommitment>;
  proposals: Rows<DigestProposal>;
  meetings: Rows<DigestMeeting>;
}

/** What everyone with one scope region and time zone sees of the week beyond their items. */
export interface DigestScopeQuery {
  scopeRegion: string | null;
  timeZone: string;
  today: string;
  weekStart: string;
  weekEnd: string;
  lastWeekStart: string;
}

/**
 * Commitments changed last week, proposals awaiting a decision and meetings of the coming two
 * weeks: each section's first DIGEST_SECTION_ROWS rows, every row carrying the count of all.
 */
export async function listDigestScopeRows(db: Database, query: DigestScopeQuery): Promise<DigestScopeRows> {
  const { today, weekStart, weekEnd, lastWeekStart } = query;
  const tz = query.timeZone;
  const region = query.scopeRegion;

  // Each list is gathered once, counted, and cut before its joins (see itemLists()).
  const commitmentsWhere = sql`${region === null ? sql`true` : commitmentInRegion('c', region)}
    and (c.updated_at at time zone ${tz})::date between ${lastWeekStart}::date and (${weekStart}::date - 1)
    and ${around('c.updated_at', lastWeekStart, sql`${weekStart}::date`)}`;
  const commitments = await sql<Rows<DigestCommitment>[number]>`
    with matching as materialized (
      -- The week's changes are found in the covering index alone; only the region's are read.
      select * from commitments where id in (select c.id from commitments c where ${commitmentsWhere})
    )
    select c.id, c.title, (select count(*)::int from matching) as total, coalesce(pp.full_name || ', ' || o.name, o.name) as "partyName", c.status,
      case when (c.created_at at time zone ${tz})::date >= ${lastWeekStart}::date then 'new' else 'changed' end as change,
      to_char(c.due_on, 'YYYY-MM-DD') as "dueDate"
    from (select * from matching c order by c.updated_at desc, c.id limit ${DIGEST_SECTION_ROWS}) c
    join organizations o on o.id = c.committed_by_organization_id
    left join people pp on pp.id = c.committed_by_person_id
    order by c.updated_at desc, c.id`.execute(db);

  const proposalsWhere = sql`pr.status in ('submitted', 'under_review')
    and ${region === null ? sql`true` : proposalInRegion('pr', region)}`;
  const proposals = await sql<Rows<DigestProposal>[number]>`
    with matching as materialized (select * from proposals pr where ${proposalsWhere})
    select pr.id, pr.title, (select count(*)::int from matching) as total, o.name as "addresseeName", pr.status,
      -- The day it was raised (the meeting's day by default), not the day someone typed it in.
      to_char(pr.raised_on, 'YYYY-MM-DD') as "raisedOn"
    from (select * from matching pr order by pr.created_at, pr.id limit ${DIGEST_SECTION_ROWS}) pr
    left join organizations o on o.id = pr.addressed_to_organization_id
    order by pr.created_at, pr.id`.execute(db);

  const meetingsWhere = sql`m.status = 'scheduled' and ${region === null ? sql`true` : meetingVisible('m', region)}
    and (m.starts_at at time zone ${tz})::date between ${today}::date and (${weekEnd}::date + 7)
    and ${around('m.starts_at', today, sql`${weekEnd}::date + 8`)}`;
  const meetings = await sql<Rows<DigestMeeting>[number]>`
    with matching as materialized (select * from meetings m where ${meetingsWhere})
    select m.id, m.title, (select count(*)::int from matching) as total,
      to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
      m.place, m.type as "meetingType"
    from (select * from matching m order by m.starts_at, m.id limit ${DIGEST_SECTION_ROWS}) m
    order by m.starts_at, m.id`.execute(db);

  return { commitments: commitments.rows, proposals: proposals.rows, meetings: meetings.rows };
}

// Every region at once (the worker): `listDigestScopeRows` by region code, a region with nothing
// in a section absent from it. One statement per section over the country's records, each record
// counted in every region among its search document's scope keys (the same visibility rules as
// ./scope.ts, kept by triggers in search_documents), instead of a statement per section for each
// of the country's 550 scope regions (58 ms each for proposals and commitments on the national
// data set). The proposals awaiting a decision do not depend on the week: the worker reads them
// apart, once for every time zone.

/** Each record of `table` matching `where` once per region that sees it, numbered in `order` within the region. */
function keyedByRegion(
  kind: string,
  table: string,
  alias: string,
  where: RawBuilder<unknown>,
  order: string,
) {
  return sql`
    select k.key, ${sql.raw(alias)}.*, count(*) over (partition by k.key)::int as total,
      row_number() over (partition by k.key order by ${sql.raw(order)}) as n
    from ${sql.raw(table)} ${sql.raw(alias)}
    join search_documents d on d.kind = ${kind} and d.record_id = ${sql.ref(`${alias}.id`)}
    cross join lateral unnest(d.scope_keys) as k(key)
    where ${where}`;
}

/** Every region's proposals awaiting a decision (`listDigestScopeRows`' third section). */
export async function proposalsAwaitingByRegion(
  db: Database,
): Promise<Map<string, DigestScopeRows['proposals']>> {
  const proposals = await sql<Rows<DigestProposal>[number] & { key: string }>`
    with keyed as (${keyedByRegion(
      'proposal',
      'proposals',
      'pr',
      sql`pr.status in ('submitted', 'under_review')`,
      'pr.created_at, pr.id',
    )})
    select pr.key, pr.id, pr.title, pr.total, o.name as "addresseeName", pr.status,
      to_char(pr.raised_on, 'YYYY-MM-DD') as "raisedOn"
    from keyed pr
    left join organizations o on o.id = pr.addressed_to_organization_id
    where pr.n <= ${DIGEST_SECTION_ROWS}
    order by pr.key, pr.n`.execute(db);
  const byRegion = new Map<string, DigestScopeRows['proposals']>();
  for (const { key, ...row } of proposals.rows) {
    const rows = byRegion.get(key) ?? [];
    rows.push(row);
    byRegion.set(key, rows);
  }
  return byRegion;
}

/** Every region's commitments changed last week and meetings of the coming two weeks. */
export async function datedScopeRowsByRegion(
  db: Database,
  query: Omit<DigestScopeQuery, 'scopeRegion'>,
): Promise<Map<string, Pick<DigestScopeRows, 'commitments' | 'meetings'>>> {
  const { today, weekStart, weekEnd, lastWeekStart } = query;
  const tz = query.timeZone;
  const commitments = await sql<Rows<DigestCommitment>[number] & { key: string }>`
    with keyed as (${keyedByRegion(
      'commitment',
      'commitments',
      'c',
      sql`(c.updated_at at time zone ${tz})::date between ${lastWeekStart}::date and (${weekStart}::date - 1)
        and ${around('c.updated_at', lastWeekStart, sql`${weekStart}::date`)}`,
      'c.updated_at desc, c.id',
    )})
    select c.key, c.id, c.title, c.total, coalesce(pp.full_name || ', ' || o.name, o.name) as "partyName", c.status,
      case when (c.created_at at time zone ${tz})::date >= ${lastWeekStart}::date then 'new' else 'changed' end as change,
      to_char(c.due_on, 'YYYY-MM-DD') as "dueDate"
    from keyed c
    join organizations o on o.id = c.committed_by_organization_id
    left join people pp on pp.id = c.committed_by_person_id
    where c.n <= ${DIGEST_SECTION_ROWS}
    order by c.key, c.n`.execute(db);

  const meetings = await sql<Rows<DigestMeeting>[number] & { key: string }>`
    with keyed as (${keyedByRegion(
      'meeting',
      'meetings',
      'm',
      sql`m.status = 'scheduled'
        and (m.starts_at at time zone ${tz})::date between ${today}::date and (${weekEnd}::date + 7)
        and ${around('m.starts_at', today, sql`${weekEnd}::date + 8`)}`,
      'm.starts_at, m.id',
    )})
    select m.key, m.id, m.title, m.total,
      to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
      m.place, m.type as "meetingType"
    from keyed m
    where m.n <= ${DIGEST_SECTION_ROWS}
    order by m.key, m.n`.execute(db);

  const byRegion = new Map<string, Pick<DigestScopeRows, 'commitments' | 'meetings'>>();
  const entry = (key: string) => {
    let found = byRegion.get(key);
    if (!found) {
      found = { commitments: [], meetings: [] };
      byRegion.set(key, found);
    }
    return found;
  };
  for (const { key, ...row } of commitments.rows) entry(key).commitments.push(row);
  for (const { key, ...row } of meetings.rows) entry(key).meetings.push(row);
  return byRegion;
}
