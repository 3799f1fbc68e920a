import type pg from 'pg';
import type { Statement } from './capture';

export interface PlanSummary {
  statements: number;
  /** The slowest statement: its execution time and the indexes in its plan. */
  slowestMs: number;
  indexes: string[];
  /** Large tables read end to end by any of the statements. */
  seqScans: string[];
  text: string;
}

const BIG_TABLES = new Set([
  'action_items',
  'meetings',
  'meeting_participants',
  'proposals',
  'commitments',
  'events',
  'people',
  'users',
  'commitment_regions',
  'proposal_proposers',
  'proposal_meetings',
  'action_item_dispositions',
]);

/**
 * EXPLAIN ANALYZE of every read a scenario sends (writes are left alone), inside a transaction that
 * is rolled back. The report keeps the slowest statement's scans: an index that should serve a
 * query shows up here, a sequential scan over a large table does too.
 */
export async function explainStatements(
  client: pg.ClientBase,
  statements: Statement[],
): Promise<PlanSummary> {
  const plans = await explainReads(client, statements, { analyze: true });
  let slowest = { ms: 0, plan: '', sql: '' };
  for (const plan of plans) if (plan.ms >= slowest.ms) slowest = plan;
  const all = plans.map((p) => `-- ${p.ms} ms\n${p.sql}\n${p.plan}\n`);
  const indexes = indexesIn(slowest.plan);
  const seqScans = [...new Set(plans.flatMap((p) => seqScansOfLargeTables(p.plan)))];
  return {
    statements: statements.length,
    slowestMs: slowest.ms,
    indexes,
    seqScans,
    text: all.join('\n'),
  };
}

export interface ReadPlan {
  sql: string;
  plan: string;
  /** Execution time (0 without analyze). */
  ms: number;
}

/**
 * The plan of each read among `statements`, in a transaction rolled back afterwards. With
 * `noSeqScan`, sequential scans are priced out (enable_seqscan = off): a table that still shows one
 * has no index the query can use, whatever the table's size.
 */
export async function explainReads(
  client: pg.ClientBase,
  statements: readonly Statement[],
  options: { analyze?: boolean; noSeqScan?: boolean } = {},
): Promise<ReadPlan[]> {
  const reads = statements.filter((s) => /^\s*(select|with)\b/i.test(s.sql));
  const plans: ReadPlan[] = [];
  await client.query('begin');
  try {
    if (options.noSeqScan) await client.query('set local enable_seqscan = off');
    for (const statement of reads) {
      const result = await client.query<{ 'QUERY PLAN': string }>({
        text: `explain ${options.analyze ? '(analyze, buffers) ' : ''}${statement.sql}`,
        values: statement.params,
      });
      const plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
      plans.push({
        sql: statement.sql,
        plan,
        ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0),
      });
    }
  } finally {
    await client.query('rollback');
  }
  return plans;
}

/** Large tables a key query must never read from end to end. */
export function seqScansOfLargeTables(plan: string): string[] {
  return [
    ...new Set(
      [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1] as string).filter((t) => BIG_TABLES.has(t)),
    ),
  ];
}

/** Index names a plan uses (index scans, index-only scans and bitmap index scans). */
export function indexesIn(plan: string): string[] {
  return [
    ...new Set([...plan.matchAll(/(?:Scan using|Bitmap Index Scan on) (\w+)/g)].map((m) => m[1] as string)),
  ];
}
