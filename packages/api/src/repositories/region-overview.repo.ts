import type { Database } from '@tindak/db';
import { DEFAULT_TIME_ZONE } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { healthSql } from './action-item.repo';
import { runningCommitmentStatuses } from './commitment.repo';
import { inRegionRaw } from './region-filter';

/** A proposal in these statuses waits for its addressee's decision. */
const awaitingProposalStatuses = ['submitted', 'under_review'];

export async function findRegionWithParent(db: Database, code: string) {
  return db
    .selectFrom('regions as r')
    .leftJoin('regions as p', 'p.code', 'r.parentCode')
    .select(['r.code', 'r.name', 'r.kind', 'r.parentCode', 'p.name as parentName'])
    .where('r.code', '=', code)
    .executeTakeFirst();
}

export async function listChildRegions(db: Database, code: string) {
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'kind'])
    .where('parentCode', '=', code)
    .orderBy('code')
    .execute();
}

/** Provinces in code order; only the one a scope lies in when `scope` is given. */
export async function listProvinces(db: Database, scope: string | null) {
  let query = db.selectFrom('regions').select(['code', 'name']).where('kind', '=', 'province');
  if (scope !== null) query = query.where('code', '=', scope.split('.')[0] ?? scope);
  return query.orderBy('code').execute();
}

/**
 * Which records count, and into which buckets: every record within `root` counts for the root's
 * own bucket and for its region code cut to `depth` segments. The overview's root is a region and
 * its buckets the children; the national view's root is the country (null: every record tied to
 * a region) or the caller's scope, and its buckets the provinces.
 */
export interface Buckets {
  root: string | null;
  depth: number;
}

/** The root bucket's key when the root is the whole country. */
export const COUNTRY = '';

/** A region and its children (a province's regencies and cities). */
export const childrenOf = (code: string): Buckets => ({ root: code, depth: code.split('.').length + 1 });

/** Provinces (a code's first segment) under a scope, or under the whole country when it is null. */
export const provincesUnder = (scope: string | null): Buckets => ({ root: scope, depth: 1 });

function within(column: string, { root }: Buckets) {
  return root === null ? sql`${sql.raw(column)} is not null` : inRegionRaw(column, root);
}

/** The root bucket's key. */
const rootKey = ({ root }: Buckets) => root ?? COUNTRY;

/**
 * A region code cut to `depth` segments ("15.01.02" at depth 2 is "15.01"; a shorter code stays
 * whole). Codes have fixed widths (NN, NN.NN, NN.NN.NN, NN.NN.NN.NNNN), so a depth is a length:
 * far cheaper than splitting, over a million participant rows.
 */
function cut(column: string, depth: number) {
  const width = [2, 5, 8][depth - 1] ?? 13;
  return sql`left(${sql.raw(column)}, ${width}::int)`;
}

/**
 * Counts `counted` (a CTE of one row per record and bucket key, the bucket pairs made distinct) per
 * bucket, and once more for the root, where a record in several buckets counts once. A record lying
 * in the root region itself ("15" under the overview of "15") counts for the root only. Everything
 * is hashed: no sort, however many buckets and records there are. `record` names the columns that
 * belong to the record (not to the bucket); `by` groups further (a status) in both.
 */
function perBucketAndRoot(
  buckets: Buckets,
  measures: RawBuilder<unknown>,
  record: RawBuilder<unknown>,
  by?: RawBuilder<unknown>,
) {
  const root = rootKey(buckets);
  const also = by ? sql`, ${by}` : sql``;
  return sql`
    select x.key${also}, ${measures} from counted x where x.key <> ${root} group by x.key${also}
    union all
    select ${root}::text as key${also}, ${measures} from (select distinct ${record} from counted x) x
    ${by ? sql`group by ${by}` : sql``}`;
}

interface Count {
  key: string;
  n: number;
}

export interface MeetingCount extends Count {
  /** Meetings that started on or after `since` (0 when no day is given). */
  recent: number;
}

/** Meetings hosted by an office in a bucket or with a participant from it, once per bucket. */
export async function countMeetings(
  db: Database,
  buckets: Buckets,
  since: string | null = null,
): Promise<MeetingCount[]> {
  // A day starts at midnight WIB, like every calendar day in Tindak.
  const from = sql`(${since}::date::timestamp at time zone ${DEFAULT_TIME_ZONE})`;
  const result = await sql<MeetingCount>`
    with cells as (
      select m.id, ${cut('o.region_code', buckets.depth)} as key from meetings m
        join organizations o on o.id = m.host_organization_id where ${within('o.region_code', buckets)}
      union
      select mp.meeting_id, ${cut('mp.region_code', buckets.depth)} from meeting_participants mp
        where ${within('mp.region_code', buckets)}
    ),
    counted as (
      select c.id, c.key, m.starts_at >= ${from} as recent from cells c join meetings m on m.id = c.id
    )
    ${perBucketAndRoot(
      buckets,
      sql`count(*)::int as n, count(*) filter (where x.recent)::int as recent`,
      sql`x.id, x.recent`,
    )}`.execute(db);
  return result.rows;
}

export interface ProposalCount extends Count {
  /** Submitted or under review: waiting for a decision. */
  awaiting: number;
}

/** Proposals by an office in a bucket (several proposers in one bucket: once). */
export async function countProposals(db: Database, buckets: Buckets): Promise<ProposalCount[]> {
  const result = await sql<ProposalCount>`
    with cells as (
      select distinct pp.proposal_id as id, ${cut('o.region_code', buckets.depth)} as key
      from proposal_proposers pp join organizations o on o.id = pp.organization_id
      where ${within('o.region_code', buckets)}
    ),
    counted as (
      select c.id, c.key, pr.status in (${sql.join(awaitingProposalStatuses)}) as awaiting
      from cells c join proposals pr on pr.id = c.id
    )
    ${perBucketAndRoot(
      buckets,
      sql`count(*)::int as n, count(*) filter (where x.awaiting)::int as awaiting`,
      sql`x.id, x.awaiting`,
    )}`.execute(db);
  return result.rows;
}

export interface CommitmentCount extends Count {
  status: string;
  late: number;
}

/** Per bucket and status; a commitment for several regions counts once per bucket. */
export async function countCommitments(
  db: Database,
  buckets: Buckets,
  today: string,
): Promise<CommitmentCount[]> {
  const result = await sql<CommitmentCount>`
    with cells as (
      select distinct cr.commitment_id as id, ${cut('cr.region_code', buckets.depth)} as key
      from commitment_regions cr where ${within('cr.region_code', buckets)}
    ),
    counted as (
      select c.id, c.key, cm.status,
        (cm.due_on < ${today}::date and cm.status in (${sql.join(runningCommitmentStatuses)})) as late
      from cells c join commitments cm on cm.id = c.id
    )
    ${perBucketAndRoot(
      buckets,
      sql`count(*)::int as n, count(*) filter (where x.late)::int as late`,
      sql`x.id, x.status, x.late`,
      sql`x.status`,
    )}`.execute(db);
  return result.rows;
}

export interface ActionItemCount {
  key: string;
  total: number;
  done: number;
  open: number;
  late: number;
  risk: number;
}

/**
 * An item has one region, so it lies in one bucket: the buckets and the root are one grouped pass
 * (grouping sets), nothing to make distinct. Cancelled items are left out of every count.
 */
export async function countActionItems(
  db: Database,
  buckets: Buckets,
  today: string,
): Promise<ActionItemCount[]> {
  const root = rootKey(buckets);
  const result = await sql<ActionItemCount>`
    select case when grouping(x.key) = 1 then ${root}::text else x.key end as key,
      count(*)::int as total,
      count(*) filter (where x.status = 'done')::int as done,
      count(*) filter (where x.status <> 'done')::int as open,
      count(*) filter (where x.health = 'overdue')::int as late,
      count(*) filter (where x.health = 'at_risk')::int as risk
    from (
      select ${cut('ai.region_code', buckets.depth)} as key, ai.status, ${healthSql(today)} as health
      from action_items ai
      where ${within('ai.region_code', buckets)} and ai.status not in ('cancelled', 'draft')
    ) x
    group by grouping sets ((x.key), ())
    having grouping(x.key) = 1 or x.key <> ${root}`.execute(db);
  return result.rows;
}
