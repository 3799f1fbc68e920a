import type { Database } from '@tindak/db';
import { type RawBuilder, sql } from 'kysely';
import { healthSql } from './action-item.repo';
import { runningCommitmentStatuses } from './commitment.repo';
import { inRegionRaw } from './region-filter';

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

const within = inRegionRaw;

/**
 * Puts each (record id, region code) pair of `pairs` into two buckets: the region `code` itself and
 * the child of `code` its region code falls under (the code cut to one more segment, so "15.01.02"
 * counts for "15.01"). Everything is counted in one grouped pass, however many children there are.
 */
function bucketed(pairs: RawBuilder<unknown>, code: string) {
  const depth = code.split('.').length + 1;
  return sql`(${pairs}) x
    cross join lateral unnest(array[
      ${code}::text,
      array_to_string((string_to_array(x.rc, '.'))[1:${depth}::int], '.')
    ]) as b(key)`;
}

interface Count {
  key: string;
  n: number;
}

export async function countMeetings(db: Database, code: string): Promise<Count[]> {
  const pairs = sql`
    select m.id, o.region_code as rc from meetings m
      join organizations o on o.id = m.host_organization_id where ${within('o.region_code', code)}
    union
    select mp.meeting_id, mp.region_code from meeting_participants mp where ${within('mp.region_code', code)}`;
  const result = await sql<Count>`
    select b.key, count(distinct x.id)::int as n from ${bucketed(pairs, code)} group by b.key`.execute(db);
  return result.rows;
}

export async function countProposals(db: Database, code: string): Promise<Count[]> {
  const pairs = sql`
    select pp.proposal_id as id, o.region_code as rc from proposal_proposers pp
      join organizations o on o.id = pp.organization_id where ${within('o.region_code', code)}`;
  const result = await sql<Count>`
    select b.key, count(distinct x.id)::int as n from ${bucketed(pairs, code)} group by b.key`.execute(db);
  return result.rows;
}

export interface CommitmentCount extends Count {
  status: string;
  late: number;
}

/** Per bucket and status; a commitment for several regions counts once per bucket. */
export async function countCommitments(
  db: Database,
  code: string,
  today: string,
): Promise<CommitmentCount[]> {
  const pairs = sql`
    select c.id, cr.region_code as rc, c.status,
      (c.due_on < ${today}::date and c.status in (${sql.join(runningCommitmentStatuses)})) as late
    from commitment_regions cr join commitments c on c.id = cr.commitment_id
    where ${within('cr.region_code', code)}`;
  const result = await sql<CommitmentCount>`
    select b.key, x.status, count(distinct x.id)::int as n,
      count(distinct x.id) filter (where x.late)::int as late
    from ${bucketed(pairs, code)} group by b.key, x.status`.execute(db);
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

/** Cancelled items are left out of every count. */
export async function countActionItems(
  db: Database,
  code: string,
  today: string,
): Promise<ActionItemCount[]> {
  const pairs = sql`
    select ai.id, ai.region_code as rc, ai.status, ${healthSql(today)} as health
    from action_items ai where ${within('ai.region_code', code)} and ai.status not in ('cancelled', 'draft')`;
  const result = await sql<ActionItemCount>`
    select b.key,
      count(distinct x.id)::int as total,
      count(distinct x.id) filter (where x.status = 'done')::int as done,
      count(distinct x.id) filter (where x.status <> 'done')::int as open,
      count(distinct x.id) filter (where x.health = 'overdue')::int as late,
      count(distinct x.id) filter (where x.health = 'at_risk')::int as risk
    from ${bucketed(pairs, code)} group by b.key`.execute(db);
  return result.rows;
}
