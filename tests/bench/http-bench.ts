import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@tindak/db';
import pg from 'pg';
import type { BaselinePlan } from './baseline-server';
import { settleDatabase } from './bench-database';
import { captureStatements } from './capture';
import { DEEP_PAGES, httpScenarios, nationalListInput } from './http-scenarios';
import { type LoadResult, load } from './load';
import { explainStatements, type PlanSummary } from './plans';
import { startApp, startNodeProcess } from './processes';
import { type Scenario, sessionCookie, trpcQuery } from './scenarios';
import { findSubjects } from './subjects';

interface Row {
  scenario: Scenario;
  app: { one: LoadResult; many: LoadResult };
  baseline: { one: LoadResult; many: LoadResult };
  plan: PlanSummary;
}

/** Concurrent connections in the throughput phase (the latency phase uses one). */
const CONNECTIONS = 10;
/** Common phrases of the data set's vocabulary, sent in turn by the search scenarios. */
const SEARCH_TERMS = ['talenta digital', 'spbe', 'blank spot'] as const;

export async function measureHttp(options: {
  db: Database;
  databaseUrl: string;
  seconds: number;
  log: (line: string) => void;
  outDir: string;
}): Promise<{ markdown: string }> {
  const { db, databaseUrl, seconds, log, outDir } = options;
  const subjects = await findSubjects(db);
  log('starting the API (production build)');
  const app = await startApp(databaseUrl);
  const uncachedApp = await startApp(databaseUrl, { COMPLETION_CACHE: 'off' });
  let baseline: Awaited<ReturnType<typeof startNodeProcess>> | null = null;
  try {
    const deep = await walkToDeepPage(app.url, sessionCookie(subjects.nationalViewer.token));
    log(`walked ${deep.pages + 1} pages of the national list`);
    const scenarios = onlyChosen(httpScenarios(subjects, deep, SEARCH_TERMS));
    log('recording the SQL of each request');
    const captured = await captureStatements(databaseUrl, scenarios.flatMap(withRotation));
    const plan: BaselinePlan = {};
    const plans = new Map<string, PlanSummary>();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const scenario of scenarios) {
        const entry = captured.get(scenario.name);
        if (!entry) throw new Error(`nothing captured for ${scenario.name}`);
        const turns = withRotation(scenario).slice(1);
        plan[scenario.name] = {
          statements: entry.statements,
          ...(scenario.creates
            ? { creates: { table: scenario.creates.table, capturedId: createdId(entry.body) } }
            : {}),
          ...(turns.length ? { rotation: turns.map((turn) => turn.name) } : {}),
        };
        const turnStatements = turns.map((turn) => captured.get(turn.name)?.statements ?? []);
        for (const [i, turn] of turns.entries()) plan[turn.name] = { statements: turnStatements[i] ?? [] };
        // Every phrase's SQL is explained; the table shows the slowest statement of them all.
        const summary = {
          ...(await explainStatements(client, [...entry.statements, ...turnStatements.flat()])),
          statements: entry.statements.length,
        };
        plans.set(scenario.name, summary);
        writeFileSync(path.join(outDir, `plan-${scenario.name}.txt`), summary.text);
      }
    } finally {
      await client.end();
    }
    const planFile = path.join(outDir, 'baseline-plan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    baseline = await startNodeProcess(
      path.join(import.meta.dirname, 'baseline-server.ts'),
      { DATABASE_URL: databaseUrl, BASELINE_PLAN: planFile },
      async (url) => (await fetch(`${url}/healthz`)).ok,
    );

    const rows: Row[] = [];
    const failures: string[] = [];
    for (const scenario of scenarios) {
      log(`load: ${scenario.name}`);
      const appTarget = {
        url: `${scenario.uncached ? uncachedApp.url : app.url}${scenario.path}`,
        method: scenario.method,
        headers: { cookie: scenario.cookie, 'content-type': 'application/json' },
        ...(scenario.body ? { body: scenario.body } : {}),
      };
      // The baseline takes each phrase's SQL in turn itself (baseline-server.ts).
      const baseTarget = { ...appTarget, url: `${baseline.url}/${scenario.name}` };
      const appRotation = scenario.rotation ? { rotation: scenario.rotation } : {};
      const measure = async (target: typeof appTarget) => {
        await settleDatabase(databaseUrl, log);
        const warm = await load({ ...target, connections: CONNECTIONS, seconds: 2 }); // warm-up
        const one = await load({ ...target, connections: 1, seconds });
        const many = await load({ ...target, connections: CONNECTIONS, seconds });
        // A failed request is reported with the scenario (and its figures are suspect), not thrown:
        // one slow scenario must not lose the measurements of all the others.
        for (const [phase, result] of [
          ['1 conn', one],
          [`${CONNECTIONS} conn`, many],
        ] as const)
          if (result.errors > 0) {
            const where = target.url === baseTarget.url ? 'baseline' : 'app';
            failures.push(`${scenario.name}, ${where}, ${phase}: ${result.errorKinds}`);
            log(`  FAILED REQUESTS ${failures.at(-1)}`);
          }
        // With BENCH_CPU_PROF, a profile's CPU time divided by these is the cost of one request.
        log(`  ${target.url.split('/')[2]}: ${warm.requests + one.requests + many.requests} requests`);
        return { one, many };
      };
      rows.push({
        scenario,
        app: await measure({ ...appTarget, ...appRotation }),
        baseline: await measure(baseTarget),
        plan: plans.get(scenario.name) as PlanSummary,
      });
    }
    return { markdown: httpMarkdown(rows, app.peakRssMb(), seconds, failures) };
  } finally {
    await baseline?.stop();
    await app.stop();
    await uncachedApp.stop();
  }
}

/**
 * The cursor DEEP_PAGES pages into the national list (or its last page, on a small data set),
 * walked as the web client would.
 */
export async function walkToDeepPage(
  appUrl: string,
  cookie: string,
): Promise<{ cursor: string; pages: number }> {
  let cursor: string | null = null;
  let pages = 0;
  for (let page = 0; page < DEEP_PAGES; page += 1) {
    const response = await fetch(
      `${appUrl}${trpcQuery('actionItems.list', { ...nationalListInput, cursor })}`,
      {
        headers: { cookie },
      },
    );
    if (!response.ok) throw new Error(`list page ${page}: HTTP ${response.status}`);
    const body = (await response.json()) as { result: { data: { nextCursor: string | null } } };
    if (!body.result.data.nextCursor) break;
    cursor = body.result.data.nextCursor;
    pages = page + 1;
  }
  if (!cursor) throw new Error('the national list has a single page: was the data set generated?');
  return { cursor, pages };
}

/**
 * BENCH_SCENARIOS=items-first,meeting runs only those (to profile one request with BENCH_CPU_PROF,
 * or to compare a change quickly); all of them otherwise.
 */
function onlyChosen(scenarios: Scenario[]): Scenario[] {
  const chosen = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim());
  if (!chosen) return scenarios;
  const unknown = chosen.filter((name) => !scenarios.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`BENCH_SCENARIOS: unknown scenario ${unknown.join(', ')}`);
  return scenarios.filter((s) => chosen.includes(s.name));
}

/** A scenario and, for each further path it sends in turn, the same scenario on that path. */
function withRotation(scenario: Scenario): Scenario[] {
  const { rotation, ...first } = scenario;
  return [
    first,
    ...(rotation ?? []).map((path, i) => ({ ...first, name: `${scenario.name}~${i + 1}`, path })),
  ];
}

function createdId(body: string): string {
  const parsed = JSON.parse(body) as { result?: { data?: { id?: string } } };
  const id = parsed.result?.data?.id;
  if (!id) throw new Error(`create answered without an id: ${body.slice(0, 200)}`);
  return id;
}

function httpMarkdown(rows: Row[], appPeakRssMb: number, seconds: number, failures: string[]): string {
  const ms = (n: number) => n.toFixed(1);
  const latency = rows.map(
    (r) =>
      `| ${r.scenario.name} | ${ms(r.app.one.p50)} | ${ms(r.app.one.p95)} | ${ms(r.app.one.p99)} | ${ms(r.baseline.one.p50)} | ${ms(r.baseline.one.p95)} | ${ms(r.app.many.p50)} | ${ms(r.app.many.p95)} | ${ms(r.app.many.p99)} |`,
  );
  const throughput = rows.map((r) => {
    const ratio = r.app.many.rps / r.baseline.many.rps;
    return `| ${r.scenario.name} | ${r.app.many.rps} | ${r.baseline.many.rps} | **${ratio.toFixed(2)}**${ratio < 0.5 ? ' ✗' : ''} | ${r.app.one.rps} | ${r.baseline.one.rps} |`;
  });
  const plans = rows.map(
    (r) =>
      `| ${r.scenario.name} | ${r.plan.statements} | ${r.plan.slowestMs.toFixed(2)} | ${r.plan.indexes.join(', ') || '–'} | ${r.plan.seqScans.join(', ') || 'none'} |`,
  );
  return [
    '## HTTP: the app against a node:http + pg baseline running the same SQL',
    '',
    ...rows.map((r) => `- **${r.scenario.name}**: ${r.scenario.description}`),
    '',
    `Each phase runs ${seconds} s after a 2 s warm-up, over loopback with autocannon. "1 conn" is one user at a time (the latency a person sees); "${CONNECTIONS} conn" keeps ${CONNECTIONS} requests in flight (throughput). API peak memory: ${appPeakRssMb} MB.`,
    '',
    '### Latency (ms)',
    '',
    `| Scenario | app p50 (1 conn) | app p95 | app p99 | baseline p50 | baseline p95 | app p50 (${CONNECTIONS} conn) | app p95 | app p99 |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...latency,
    '',
    '### Throughput (requests/s) and ratio app/baseline',
    '',
    `| Scenario | app (${CONNECTIONS} conn) | baseline (${CONNECTIONS} conn) | ratio | app (1 conn) | baseline (1 conn) |`,
    '|---|---:|---:|---:|---:|---:|',
    ...throughput,
    '',
    ...(failures.length
      ? [
          '**Failed requests** (the figures of these phases are suspect):',
          '',
          ...failures.map((f) => `- ${f}`),
          '',
        ]
      : []),
    '### Query plans (EXPLAIN ANALYZE of every read; the slowest statement per request)',
    '',
    '| Scenario | statements | slowest (ms) | indexes in its plan | sequential scans of large tables |',
    '|---|---:|---:|---|---|',
    ...plans,
  ].join('\n');
}
