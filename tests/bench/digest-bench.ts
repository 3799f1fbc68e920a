/**
 * The weekly digest for every user, end to end: the real worker (`pnpm worker`, one node process)
 * runs next Monday's 07:00 WIB tick against the database, composes each user's digest and mails it
 * to an SMTP sink in this process. Measures the time from the tick to the last email received,
 * emails per second and the worker's peak memory (VmHWM).
 *
 *   cd tests && DATABASE_URL=postgres://… pnpm exec tsx bench/digest-bench.ts [--env KEY=VALUE …]
 *
 * `--env` passes a setting to the worker (DIGEST_CONCURRENCY=6, …) to try one; without it the
 * worker runs with the shipped defaults. `--node-arg` passes a node option (--cpu-prof, …). The database must hold a data set (tests/bench/dataset.ts):
 * the run deletes and redoes that week's digests (rows, emails, jobs), nothing else.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDb, type Database, installJobSchema, migrateToLatest, queues, repoRoot } from '@tindak/db';
import { sql } from 'kysely';
import { isoWeekIn, nextMondayMorning } from '../../packages/api/src/digest/period';
import { readJobSettings } from '../../packages/api/src/jobs/config';
import { enqueue } from '../../packages/api/src/jobs/enqueue';
import { startBenchSink } from './digest-sink';
import { cpuSeconds, type MemorySample, startBenchWorker, tail } from './digest-worker';

export interface DigestBenchOptions {
  databaseUrl: string;
  log?: (line: string) => void;
  /** Settings for the worker on top of the shipped defaults (to try a value). */
  workerEnv?: Record<string, string>;
  /** Node options for the worker process (`--cpu-prof`, to see where its time goes). */
  workerNodeArgs?: string[];
  /** Give up (and fail) after this long. Default 20 minutes. */
  timeoutSeconds?: number;
}

export interface DigestBenchResult {
  /** The tick's instant (Monday 07:00 WIB) and the ISO week it covers. */
  at: string;
  week: string;
  usersActive: number;
  /** Active users whose Monday 07:00 has come at `at`: those the tick queues (25 to a job). */
  usersConsidered: number;
  digestsQueued: number;
  digestsEmpty: number;
  /** Digest emails the sink accepted (other mail the worker sent meanwhile is counted apart). */
  emailsReceived: number;
  otherEmailsReceived: number;
  averageEmailKb: number;
  /** Seconds from sending the tick until pg-boss had the digest-user jobs. */
  tickSeconds: number;
  /** Seconds from the tick until every considered user had a digest row (composed, rendered, queued). */
  composeSeconds: number;
  /** Seconds from the tick until the sink received the last digest. */
  totalSeconds: number;
  emailsPerSecond: number;
  workerPeakRssMb: number;
  /**
   * CPU seconds used during the run by the worker, by PostgreSQL (its processes for this database,
   * when it runs on this machine; null otherwise) and by this process (the SMTP sink).
   */
  cpuSeconds: { worker: number; postgres: number | null; sink: number };
  workerSettings: Record<string, string | number>;
  /** Worker log lines at level error (failed jobs); 0 in a clean run. */
  workerErrors: number;
  targetMet: boolean;
  markdown: string;
}

const TARGET_SECONDS = 300;
const TARGET_RSS_MB = 512;

export async function benchWeeklyDigest(options: DigestBenchOptions): Promise<DigestBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const timeoutMs = (options.timeoutSeconds ?? 20 * 60) * 1000;
  const db = createDb({ connectionString: options.databaseUrl, max: 2 });
  try {
    await migrateToLatest(db);
    await installJobSchema(options.databaseUrl);
    const at = nextMondayMorning(new Date(), 'Asia/Jakarta');
    const { week, today } = isoWeekIn(at, 'Asia/Jakarta');
    log(`digest: tick as of ${at.toISOString()} (Monday 07:00 WIB, week ${week})`);
    await resetDigests(db, at, week, today);
    const { usersActive, usersConsidered } = await countUsers(db, at);
    log(`digest: ${usersConsidered} of ${usersActive} active users are due`);
    await dropLoadBacklog(db, log);
    await warnAboutBacklog(db, log);

    const sink = await startBenchSink();
    const logDir = path.join(repoRoot, '.tmp');
    mkdirSync(logDir, { recursive: true });
    const workerEnv: Record<string, string> = {
      ...shippedEnvironment(),
      DATABASE_URL: options.databaseUrl,
      SMTP_URL: sink.url,
      NODE_ENV: 'production',
      // The bench sends its own tick; the wall-clock crons (a deadline scan at real time) stay off.
      JOB_CRON: 'off',
      ...options.workerEnv,
    };
    const worker = await startBenchWorker(
      workerEnv,
      path.join(logDir, 'digest-bench-worker.log'),
      options.workerNodeArgs,
    );
    const samples: MemorySample[] = [];
    const takeSample = () => {
      const sample = worker.sample();
      if (sample) samples.push(sample);
    };
    takeSample();
    const sampler = setInterval(takeSample, 500);

    let composedAt: number | null = null;
    let progress = { rows: 0, queued: 0 };
    const postgresCpu = new PostgresCpu(db);
    await postgresCpu.sample();
    const workerCpuStart = cpuSeconds(worker.pid) ?? 0;
    const sinkCpuStart = process.cpuUsage();
    let workerCpuEnd = workerCpuStart;
    let lastCpuSample = 0;
    const started = performance.now();
    let tickJobId: string | null = null;
    try {
      tickJobId = await db
        .transaction()
        .execute((trx) => enqueue(trx, queues.digestTick, { at: at.toISOString() }));
      let lastLog = started;
      let lastCount = -Infinity;
      while (true) {
        const now = performance.now();
        if (now - started > timeoutMs) {
          throw new Error(
            `digest bench timed out after ${timeoutMs / 1000} s: ${progress.rows}/${usersConsidered} digests composed, ` +
              `${sink.counts.digests}/${progress.queued} emails received\n${tail(worker.logFile)}`,
          );
        }
        if (worker.exited()) throw new Error(`the worker died:\n${tail(worker.logFile)}`);
        // Counting the week's rows takes PostgreSQL a few ms: once a second is enough (the end is
        // timed by the sink's clock; four times a second was 4% of the database's CPU), and none
        // once every digest is composed (the count of mails to wait for is then final).
        if (progress.rows < usersConsidered && now - lastCount >= 1000) {
          lastCount = now;
          progress = await deliveryProgress(db, week);
        }
        if (now - lastCpuSample > 1000) {
          lastCpuSample = now;
          await postgresCpu.sample();
          workerCpuEnd = cpuSeconds(worker.pid) ?? workerCpuEnd;
        }
        if (composedAt === null && progress.rows >= usersConsidered) composedAt = performance.now();
        if (composedAt !== null && sink.counts.digests >= progress.queued) break;
        if (now - lastLog > 15_000) {
          lastLog = now;
          const rss = samples.at(-1)?.rssMb ?? 0;
          const pgCpu = postgresCpu.total();
          log(
            `digest: ${((now - started) / 1000).toFixed(0)} s: ${progress.rows}/${usersConsidered} composed, ` +
              `${sink.counts.digests}/${progress.queued} mailed, worker ${rss.toFixed(0)} MB, ` +
              `CPU s worker ${(workerCpuEnd - workerCpuStart).toFixed(0)} postgres ${pgCpu === null ? '?' : pgCpu.toFixed(0)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      await postgresCpu.sample();
      workerCpuEnd = cpuSeconds(worker.pid) ?? workerCpuEnd;
      // A little longer: a digest mailed twice would show now.
      await new Promise((r) => setTimeout(r, 1000));
      takeSample();
    } finally {
      clearInterval(sampler);
      await worker.stop();
      await sink.close();
    }

    const sinkCpu = process.cpuUsage(sinkCpuStart);
    const finished = sink.counts.lastDigestAt ?? performance.now();
    const totalSeconds = (finished - started) / 1000;
    const composeSeconds = ((composedAt ?? finished) - started) / 1000;
    const emailsReceived = sink.counts.digests;
    const workerPeakRssMb = Math.max(0, ...samples.map((s) => s.peakRssMb));
    const tickSeconds = await tickDuration(db, tickJobId);
    const sent = await sentDigests(db, week);
    const workerErrors = countErrors(worker.logFile);
    if (sink.counts.duplicateDigests > 0) {
      throw new Error(`${sink.counts.duplicateDigests} users got their digest twice`);
    }
    if (emailsReceived !== progress.queued || sent !== progress.queued) {
      throw new Error(`${progress.queued} digests queued, ${sent} marked sent, ${emailsReceived} received`);
    }
    const result: Omit<DigestBenchResult, 'markdown'> = {
      at: at.toISOString(),
      week,
      usersActive,
      usersConsidered,
      digestsQueued: progress.queued,
      digestsEmpty: progress.rows - progress.queued,
      emailsReceived,
      otherEmailsReceived: sink.counts.messages - emailsReceived,
      averageEmailKb: sink.counts.messages ? sink.counts.bytes / sink.counts.messages / 1024 : 0,
      tickSeconds,
      composeSeconds,
      totalSeconds,
      emailsPerSecond: emailsReceived / totalSeconds,
      workerPeakRssMb,
      cpuSeconds: {
        worker: workerCpuEnd - workerCpuStart,
        postgres: postgresCpu.total(),
        sink: (sinkCpu.user + sinkCpu.system) / 1e6,
      },
      workerSettings: reportedSettings(workerEnv),
      workerErrors,
      targetMet: totalSeconds < TARGET_SECONDS && workerPeakRssMb < TARGET_RSS_MB,
    };
    log(
      `digest: ${emailsReceived} emails in ${totalSeconds.toFixed(1)} s (${result.emailsPerSecond.toFixed(1)}/s), ` +
        `composed in ${composeSeconds.toFixed(1)} s, worker peak ${workerPeakRssMb.toFixed(0)} MB`,
    );
    return { ...result, markdown: digestMarkdown(result) };
  } finally {
    await db.destroy();
  }
}

/**
 * Makes the run repeatable: that week's weekly digest rows and emails go, and so do the daily
 * summaries the same tick sends for that Monday (their notifications become unsent again), with
 * the jobs of an earlier, interrupted run.
 */
async function resetDigests(db: Database, at: Date, week: string, day: string) {
  await db.transaction().execute(async (trx) => {
    const weekly = `digest:%:${week}`;
    const daily = `daily:%:${day}`;
    await sql`delete from digest_deliveries where kind = 'weekly' and period = ${week}`.execute(trx);
    await sql`delete from digest_deliveries where kind = 'daily' and period = ${day}`.execute(trx);
    await sql`update notifications set email_id = null where email_id in (
      select id from emails where kind = 'daily' and dedupe_key like ${daily})`.execute(trx);
    const removed = await sql<{ id: string }>`delete from emails
      where (kind = 'digest' and dedupe_key like ${weekly}) or (kind = 'daily' and dedupe_key like ${daily})
      returning id`.execute(trx);
    await sql`delete from pgboss.job where name = ${queues.digestTick} and data->>'at' = ${at.toISOString()}`.execute(
      trx,
    );
    await sql`delete from pgboss.job where name = ${queues.digest} and data->>'at' = ${at.toISOString()}`.execute(
      trx,
    );
    await sql`delete from pgboss.job where name = ${queues.dailySummary} and data->>'date' = ${day}`.execute(
      trx,
    );
    const ids = removed.rows.map((r) => r.id);
    if (ids.length > 0) {
      // A job sends one email, or a group of digests' (jobs/worker.ts, DIGEST_GROUP).
      await sql`delete from pgboss.job where name = ${queues.sendEmail}
        and (data->>'emailId' = any(${ids}::text[]) or data->'emailIds' ?| ${ids}::text[])`.execute(trx);
    }
  });
  // A real Monday does not start right after 20,000 mails were deleted: clear the dead rows now,
  // or autovacuum does it during the run, on the same two cores.
  await sql`vacuum (analyze) emails, digest_deliveries, pgboss.job`.execute(db);
}

/**
 * CPU time of the PostgreSQL processes serving this database, read from /proc: each backend's
 * time at its first sighting is its start (zero for backends born after the first sample).
 * Null when the server is not on this machine.
 */
class PostgresCpu {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private firstSampleAt: Date | null = null;
  private local = true;

  constructor(private readonly db: Database) {}

  async sample() {
    if (!this.local) return;
    const since = this.firstSampleAt ?? new Date();
    const result = await sql<{ pid: number; fresh: boolean }>`
      select pid, backend_start > ${since} as fresh from pg_stat_activity
      where datname = current_database()`.execute(this.db);
    for (const { pid, fresh } of result.rows) {
      if (!isPostgres(pid)) {
        this.local = false;
        return;
      }
      const cpu = cpuSeconds(pid);
      if (cpu === null) continue;
      if (!this.first.has(pid)) this.first.set(pid, this.firstSampleAt && fresh ? 0 : cpu);
      this.last.set(pid, cpu);
    }
    this.firstSampleAt ??= since;
  }

  total(): number | null {
    if (!this.local) return null;
    let sum = 0;
    for (const [pid, cpu] of this.last) sum += cpu - (this.first.get(pid) ?? cpu);
    return sum;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres');
  } catch {
    return false;
  }
}

/** The same conditions as usersDueForWeeklyDigest (packages/api/src/digest/weekly.ts), counted. */
async function countUsers(db: Database, at: Date) {
  const result = await sql<{ active: number; due: number }>`
    select count(*)::int as active,
      count(*) filter (where extract(isodow from ${at}::timestamptz at time zone time_zone) = 1
        and extract(hour from ${at}::timestamptz at time zone time_zone) >= 7)::int as due
    from users where active`.execute(db);
  const row = result.rows[0] ?? { active: 0, due: 0 };
  return { usersActive: row.active, usersConsidered: row.due };
}

/**
 * The HTTP benchmark's writes leave a notify-event job for each follow-up it created (thousands of
 * assignment notifications, and their mails). On a real Monday they went out when the items were
 * made; here they would run during the digest and be counted as its time. They are dropped;
 * anything else still waiting is reported.
 */
async function dropLoadBacklog(db: Database, log: (line: string) => void) {
  const dropped = await sql`delete from pgboss.job
    where name = ${queues.notify} and state in ('created', 'retry')`.execute(db);
  const n = Number(dropped.numAffectedRows ?? 0);
  if (n > 0) log(`digest: dropped ${n} notify-event jobs left by the HTTP load`);
}

async function warnAboutBacklog(db: Database, log: (line: string) => void) {
  const result = await sql<{ name: string; n: number }>`
    select name, count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active')
    group by name order by name`.execute(db);
  for (const row of result.rows) {
    log(`digest: warning: ${row.n} ${row.name} jobs are already waiting; the worker runs them too`);
  }
}

async function deliveryProgress(db: Database, week: string) {
  const result = await sql<{ rows: number; queued: number }>`
    select count(*)::int as rows, count(*) filter (where status = 'queued')::int as queued
    from digest_deliveries where kind = 'weekly' and period = ${week}`.execute(db);
  return result.rows[0] ?? { rows: 0, queued: 0 };
}

async function sentDigests(db: Database, week: string) {
  const result = await sql<{ n: number }>`
    select count(*)::int as n from emails
    where kind = 'digest' and dedupe_key like ${`digest:%:${week}`} and status = 'sent'`.execute(db);
  return result.rows[0]?.n ?? 0;
}

async function tickDuration(db: Database, jobId: string | null): Promise<number> {
  if (!jobId) return Number.NaN;
  const result = await sql<{ seconds: number | null }>`
    select extract(epoch from completed_on - created_on)::float8 as seconds
    from pgboss.job where id = ${jobId}::uuid`.execute(db);
  return result.rows[0]?.seconds ?? Number.NaN;
}

function countErrors(logFile: string): number {
  return tail(logFile, Number.MAX_SAFE_INTEGER)
    .split('\n')
    .filter((line) => line.includes('"level":50') || line.includes('"level":60')).length;
}

/** This process's environment minus the job settings, so the worker gets the shipped defaults. */
function shippedEnvironment(): Record<string, string> {
  const settingNames = new Set(Object.keys(readJobSettings({})));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !settingNames.has(key) && key !== 'LOG_LEVEL') env[key] = value;
  }
  return env;
}

function reportedSettings(workerEnv: Record<string, string>) {
  const settings = readJobSettings(workerEnv);
  return {
    DIGEST_CONCURRENCY: settings.DIGEST_CONCURRENCY,
    MAIL_CONCURRENCY: settings.MAIL_CONCURRENCY,
    JOB_POLL_SECONDS: settings.JOB_POLL_SECONDS,
    LOG_LEVEL: workerEnv.LOG_LEVEL ?? 'info',
  };
}

export function digestMarkdown(r: Omit<DigestBenchResult, 'markdown'>): string {
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
  const rows: [string, string][] = [
    ['tick (as of)', `${r.at} (Monday 07:00 WIB, ${r.week})`],
    ['active users / due at the tick', `${r.usersActive} / ${r.usersConsidered}`],
    ['digests queued / empty (no email)', `${r.digestsQueued} / ${r.digestsEmpty}`],
    ['digest emails received by the sink', `${r.emailsReceived} (avg ${fmt(r.averageEmailKb)} KB)`],
    ['tick: digest jobs queued after', `${fmt(r.tickSeconds)} s`],
    ['all digests composed after', `${fmt(r.composeSeconds)} s`],
    ['**total: tick to last email received**', `**${fmt(r.totalSeconds)} s** (target < ${TARGET_SECONDS} s)`],
    ['emails per second (received / total)', fmt(r.emailsPerSecond)],
    ['**worker peak RSS (VmHWM)**', `**${fmt(r.workerPeakRssMb, 0)} MB** (target < ${TARGET_RSS_MB} MB)`],
    [
      'CPU seconds: worker / PostgreSQL / SMTP sink',
      `${fmt(r.cpuSeconds.worker)} / ${r.cpuSeconds.postgres === null ? 'n/a (not local)' : fmt(r.cpuSeconds.postgres)} / ${fmt(r.cpuSeconds.sink)}`,
    ],
    [
      'worker settings',
      Object.entries(r.workerSettings)
        .map(([k, v]) => `${k}=${v}`)
        .join(', '),
    ],
    ['failed jobs in the worker log', String(r.workerErrors)],
    ['target met', r.targetMet ? 'yes' : '**no**'],
  ];
  return [
    '### Weekly digest for every user',
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ].join('\n');
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const { values } = parseArgs({
    options: {
      env: { type: 'string', multiple: true, default: [] },
      'node-arg': { type: 'string', multiple: true, default: [] },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is required (a database holding the bench data set).');
    process.exit(1);
  }
  const workerEnv = Object.fromEntries(
    values.env.map((pair) => {
      const i = pair.indexOf('=');
      return [pair.slice(0, i), pair.slice(i + 1)];
    }),
  );
  // Ctrl-C: exit (and so stop the worker, see digest-worker.ts) instead of dying on the signal.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  const started = Date.now();
  const result = await benchWeeklyDigest({
    databaseUrl,
    workerEnv,
    workerNodeArgs: values['node-arg'],
    log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`),
  });
  console.log(`\n${result.markdown}`);
  process.exit(result.targetMet ? 0 : 2);
}
