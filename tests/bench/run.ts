/**
 * `pnpm bench`: the national-scale benchmark. Generates the data set in a fresh database (or
 * reuses the last one with --reuse), then measures the API against a plain node:http + pg baseline
 * running the same SQL, the weekly digest for every user, and the web bundle. Writes the report to
 * tests/artifacts/bench/report.md (numbers for docs/benchmarks.md) with every query plan beside it.
 *
 *   pnpm bench                   full run on the embedded PostgreSQL (or BENCH_DATABASE_URL)
 *   pnpm bench --reuse           keep the data set from the last run (migrations still applied)
 *   pnpm bench --scale 0.1       a tenth of the national data set
 *   pnpm bench --seconds 5       shorter load phases
 *   pnpm bench --skip digest     leave out a part (digest, http, bundle, pageload)
 *   pnpm bench --database NAME   another database than the scale's own (a copy, say)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, installJobSchema, migrateToLatest, repoRoot } from '@tindak/db';
import { sql } from 'kysely';
import { hasDataset, openBenchServer, recreateDatabase, settleDatabase } from './bench-database';
import { bundleReport } from './bundle-size';
import { generateNationalDataset } from './dataset';
import { benchWeeklyDigest } from './digest-bench';
import { measureHttp } from './http-bench';
import { measurePageLoad } from './page-load';

const { values: args } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    skip: { type: 'string', multiple: true, default: [] },
    /** Another database name than the scale's own, e.g. a copy made with `create database … template tindak_bench`. */
    database: { type: 'string' },
  },
});

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
const outDir = path.join(repoRoot, 'tests/artifacts/bench');
mkdirSync(outDir, { recursive: true });

const server = await openBenchServer();
const scale = Number(args.scale);
const database =
  args.database ?? (scale === 1 ? 'tindak_bench' : `tindak_bench_${String(scale).replace('.', '_')}`);
const url = server.urlFor(database);
const sections: string[] = [];
try {
  log(
    `PostgreSQL ${server.version} (${server.embedded ? 'embedded' : 'BENCH_DATABASE_URL'}), database ${database}`,
  );
  const reuse = args.reuse && (await hasDataset(url));
  if (!reuse) await recreateDatabase(server.serverUrl, database);
  const db = createDb({ connectionString: url });
  await migrateToLatest(db);
  await installJobSchema(url);
  let generation = 'reused from an earlier run';
  if (!reuse) {
    const t0 = Date.now();
    await generateNationalDataset(db, { scale, log });
    generation = `${((Date.now() - t0) / 1000).toFixed(0)} s`;
  }
  await sql`analyze`.execute(db);
  const counts = await tableCounts(db);
  sections.push(machineSection(server.version, scale, generation, counts));

  const skip = new Set(args.skip);
  if (!skip.has('http')) {
    const http = await measureHttp({ db, databaseUrl: url, seconds: Number(args.seconds), log, outDir });
    sections.push(http.markdown);
  }
  await db.destroy();
  if (!skip.has('digest')) {
    log('weekly digest for every user');
    // The HTTP phases' last statements finish (or are cancelled) before the digest is timed.
    await settleDatabase(url, log);
    // BENCH_DIGEST_CPU_PROF=<dir>: the worker writes a V8 CPU profile per thread there (cpu-profile.ts).
    const profileDir = process.env.BENCH_DIGEST_CPU_PROF;
    const digest = await benchWeeklyDigest({
      databaseUrl: url,
      log,
      ...(profileDir ? { workerNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
    });
    sections.push(digest.markdown);
  }
  if (!skip.has('bundle')) {
    const bundle = await bundleReport(path.join(repoRoot, 'packages/web/dist'));
    sections.push(bundle.markdown);
  }
  if (!skip.has('pageload')) {
    // The demo data on its own embedded server: the sign-in page lists the accounts to measure with.
    log('page load on a slow phone (Chromium, throttled)');
    const pageLoad = await measurePageLoad({ log });
    sections.push(pageLoad.markdown);
  }
  const report = sections.join('\n\n');
  writeFileSync(path.join(outDir, 'report.md'), `${report}\n`);
  console.log(`\n${report}\n`);
  log(`report: ${path.relative(repoRoot, path.join(outDir, 'report.md'))}`);
} finally {
  await server.stop();
}

async function tableCounts(db: ReturnType<typeof createDb>) {
  const tables = [
    'regions',
    'organizations',
    'users',
    'people',
    'meetings',
    'meeting_participants',
    'proposals',
    'commitments',
    'action_items',
    'events',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = row.rows[0]?.n ?? 0;
  }
  return counts;
}

function machineSection(version: string, scale: number, generation: string, counts: Record<string, number>) {
  const cpus = os.cpus();
  const rows = Object.entries(counts).map(([table, n]) => `| ${table} | ${n.toLocaleString('en-US')} |`);
  return [
    '## Machine and data set',
    '',
    `- ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${version}`,
    `- Scale ${scale}; generation: ${generation}`,
    '',
    '| Table | Rows |',
    '|---|---:|',
    ...rows,
  ].join('\n');
}
