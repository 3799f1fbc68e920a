import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createDb } from '@tindak/db';
import { createTestDatabase, type TestDatabase } from '@tindak/db/testing';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Captured, captureStatements, type Statement } from '../../../tests/bench/capture';
import { generateNationalDataset } from '../../../tests/bench/dataset';
import { walkToDeepPage } from '../../../tests/bench/http-bench';
import { httpScenarios } from '../../../tests/bench/http-scenarios';
import { explainReads, indexesIn, type ReadPlan, seqScansOfLargeTables } from '../../../tests/bench/plans';
import { sessionCookie } from '../../../tests/bench/scenarios';
import { findSubjects } from '../../../tests/bench/subjects';
import { isoWeekIn } from '../src/digest/period';
import { digestItemLists } from '../src/repositories/digest-items.repo';
import { buildServer } from '../src/server';

/**
 * The benchmark's key requests (`pnpm bench`, docs/benchmarks.md) must reach their rows through
 * indexes, so their cost follows the rows they return and not the size of the tables. On a small
 * copy of the national data set, sequential scans are priced out (enable_seqscan = off): a large
 * table still read end to end has no index the query can use. Plans, not timings.
 */
let database: TestDatabase;
const captured = new Map<string, Captured>();
const plans = new Map<string, ReadPlan[]>();

beforeAll(async () => {
  database = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  const db = database.db;
  // The generator starts from an empty database; the template carries the province's regions.
  await sql`delete from regions`.execute(db);
  await generateNationalDataset(db, { scale: 0.01 });
  await sql`analyze`.execute(db);
  const subjects = await findSubjects(db);
  const app = await buildServer({ db, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = app.server.address() as AddressInfo;
    const deep = await walkToDeepPage(
      `http://127.0.0.1:${port}`,
      sessionCookie(subjects.nationalViewer.token),
    );
    const scenarios = httpScenarios(subjects, deep, ['talenta digital']);
    for (const [name, entry] of await captureStatements(database.url, scenarios)) captured.set(name, entry);
  } finally {
    await app.close();
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const [name, entry] of captured)
      plans.set(name, await explainReads(client, entry.statements, { noSeqScan: true }));
  } finally {
    await client.end();
  }
}, 300_000);

afterAll(async () => {
  await database?.drop();
});

const planOf = (scenario: string) => {
  const found = plans.get(scenario);
  if (!found?.length) throw new Error(`no reads captured for ${scenario}`);
  return found;
};

describe('query plans of the benchmarked requests', () => {
  it.each([
    'items-first',
    'items-deep',
    'items-regency',
    'dashboard',
    'meeting',
    'create',
    'search',
    'search-regency',
  ])('%s reads no large table end to end', (scenario) => {
    for (const read of planOf(scenario)) {
      expect(seqScansOfLargeTables(read.plan), `${read.sql}\n${read.plan}`).toEqual([]);
    }
  });

  const uses = (scenario: string, index: string) =>
    planOf(scenario).some((read) => indexesIn(read.plan).includes(index));

  it('walks the national follow-up list in deadline order through the open-items index, first page and deep', () => {
    expect(uses('items-first', 'action_items_open_due_idx')).toBe(true);
    expect(uses('items-deep', 'action_items_open_due_idx')).toBe(true);
  });

  it('finds a region and everything beneath it as one index range (not a walk over the whole index)', () => {
    const rangeRead = (read: ReadPlan) =>
      /Index Cond: \(\(region_code ~>=~ '15'::text\) AND \(region_code ~<~ '15\/'::text\)/.test(read.plan);
    const reads = planOf('dashboard').filter((read) =>
      /action_items_region_(open|prefix)_idx/.test(read.plan),
    );
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(rangeRead(read), `${read.sql}\n${read.plan}`).toBe(true);
    // The completion table and the trend are answered from the index alone.
    expect(
      planOf('dashboard').some((read) =>
        read.plan.includes('Index Only Scan using action_items_region_prefix_idx'),
      ),
    ).toBe(true);
  });

  it("reads a regency's list from the regency's own items, not by walking the national deadline index", () => {
    const list = planOf('items-regency').find((read) => read.sql.includes('order by "ai"."due_on"'));
    expect(list, 'the list statement').toBeDefined();
    const plan = list?.plan ?? '';
    // A regency is matched by equality: its entries in a region index, in deadline order there (the
    // open-items index) or sorted after (a few thousand at most).
    expect(plan).toMatch(/(using|Bitmap Index Scan on) action_items_region_(open|prefix)_idx/);
    expect(plan).toMatch(/Index Cond: \(+region_code = '15\.01'::text\)/);
    expect(indexesIn(plan)).not.toContain('action_items_open_due_idx');
  });

  it('counts all 38 provinces and the totals in four statements, hashed, not one round per province', () => {
    const national = captured.get('national');
    if (!national) throw new Error('no statements captured for national');
    const counts = /\b(meeting_participants|proposal_proposers|commitment_regions|action_items)\b/;
    expect(national.statements.filter((statement) => counts.test(statement.sql))).toHaveLength(4);
    expect(JSON.parse(national.body).result.data.provinces).toHaveLength(38);
    // Grouped by hashing: a sort of every record (count distinct) is what made them slow.
    for (const read of planOf('national').filter((r) => counts.test(r.sql)))
      expect(read.plan, `${read.sql}\n${read.plan}`).not.toMatch(/\bSort\b/);
  });

  it("reads a region's items done last week (a head's weekly digest) from the region's completions", async () => {
    // The worker reads this for each of the country's 552 regions every week. Through the country's
    // completions of the week, or the region's whole history of done items, it cost a region as
    // much as a province's open items.
    const statements: Statement[] = [];
    const logged = createDb({
      connectionString: database.url,
      max: 1,
      log: (event) => {
        if (event.level === 'query')
          statements.push({ sql: event.query.sql, params: [...event.query.parameters] });
      },
    });
    // This week, as the data set's dates are: it is made relative to the time it is generated.
    const { today, weekStart, weekEnd, lastWeekStart } = isoWeekIn(new Date(), 'Asia/Jakarta');
    const week = { today, weekStart, weekEnd, lastWeekStart, timeZone: 'Asia/Jakarta' };
    try {
      for (const scopeRegion of ['15', '15.01']) {
        const head = { role: 'head' as const, organizationId: randomUUID(), personId: null, scopeRegion };
        await digestItemLists(logged, head, week);
      }
    } finally {
      await logged.destroy();
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const reads = await explainReads(client, statements, { noSeqScan: true });
      expect(reads).toHaveLength(2);
      for (const read of reads)
        expect(indexesIn(planNode(read.plan, 'CTE resolved')), read.plan).toContain(
          'action_items_region_done_idx',
        );
    } finally {
      await client.end();
    }
  });

  it("reads a meeting's participants by meeting", () => {
    expect(uses('meeting', 'meeting_participants_meeting_idx')).toBe(true);
  });

  it.each(['search', 'search-regency'])(
    "%s matches words and the reader's scope in one scan of the search documents index",
    (scenario) => {
      const ranking = planOf(scenario).find((read) => read.sql.includes('from search_documents'));
      expect(ranking, 'the ranking statement').toBeDefined();
      const plan = ranking?.plan ?? '';
      expect(indexesIn(plan)).toContain('search_documents_match_idx');
      // The scope is an index condition next to the words, not a filter over the country's matches.
      expect(plan).toMatch(/Index Cond: \(\(document @@ .*scope_keys @> /s);
      // The old per-table full-text indexes are not read.
      expect(indexesIn(plan).filter((index) => index.endsWith('_search_idx'))).toEqual([]);
    },
  );
});

/** The lines of a plan's node that starts with `label`: that line and the ones indented under it. */
function planNode(plan: string, label: string): string {
  const lines = plan.split('\n');
  const start = lines.findIndex((line) => line.trim().startsWith(label));
  if (start < 0) return '';
  const depth = (line: string) => line.length - line.trimStart().length;
  const end = lines.findIndex((line, i) => i > start && depth(line) <= depth(lines[start] as string));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
