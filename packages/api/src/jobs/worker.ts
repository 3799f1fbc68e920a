import { type Database, JOB_SCHEMA, preparePoolQueries, queues } from '@tindak/db';
import type pg from 'pg';
import { type Job, type JobInsert, type JobResult, PgBoss } from 'pg-boss';
import { deliverDailySummary, usersDueForDailySummary } from '../digest/daily';
import { usersDueForWeeklyDigest } from '../digest/weekly';
import { appLinks } from '../mail/links';
import { markEmailsDead } from '../mail/send-email';
import type { MailerOptions } from '../mail/transport';
import { scanDeadlines } from '../notifications/deadlines';
import { handleNotifyEvent } from '../notifications/handle-event';
import { purgeOldReceipts } from '../services/request-receipt';
import { type JobSettings, sendOptions } from './config';
import { idsOf } from './job-data';
import { startJobThread } from './job-thread';

/** A pino logger, or anything shaped like one. Each finished job is logged at debug level. */
export interface WorkerLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WorkerOptions {
  connectionString: string;
  db: Database;
  /** SMTP or the outbox (mail/transport). Mail is sent, and digests composed, on threads (./thread). */
  mail: MailerOptions;
  mailFrom: string;
  publicUrl: string;
  settings: JobSettings;
  logger: WorkerLogger;
  /**
   * Register the cron schedules (digest tick, deadline scan, housekeeping). Off in tests that drive
   * ticks by hand.
   */
  schedule?: boolean;
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Jobs a slot of the busy queues (mail, digests) takes per fetch. The weekly digest's jobs are
 * groups (DIGEST_GROUP users, then their emails), so a tick is a few hundred jobs, not tens of
 * thousands, and a slot that took many groups at once would run them one after another at the end
 * of a tick while the others sat idle. Two, not one: pg-boss fetches again at once only after a
 * full fetch of more than one job (burstWhenBatchFull); at one, every slot waited a poll between jobs.
 */
const BATCH = 2;

/**
 * Users whose weekly digests one job composes, in one transaction, and whose emails one job then
 * sends (digest/weekly.ts). A job costs PostgreSQL an insert into some fifteen indexes, a fetch and
 * a completion; at one job per digest and one per email, the queue was a fifth of the database's
 * time in the weekly digest (docs/benchmarks.md, issue 20, twelfth round). A group is about 25
 * digests' worth of work (a second or two): small enough that the slots share the tick's end.
 */
export const DIGEST_GROUP = 25;

/**
 * Old-generation heap of the job threads. A digest thread holds the digests in flight, a region's
 * shared sections and a few thousand rendered rows; a mail thread the mails in flight.
 */
const DIGEST_HEAP_MB = 160;
const MAIL_HEAP_MB = 96;

/** Every 15 minutes: Indonesian zones are whole hours, others may be on the half or quarter hour. */
const TICK_CRON = '*/15 * * * *';

/** Nightly at 02:30 WIB (19:30 UTC, pg-boss's cron zone), when nobody in Indonesia is at work. */
const HOUSEKEEPING_CRON = '30 19 * * *';

/** The nightly clean-up: what is kept only for a while. Returns what it removed, for the job log. */
export async function runHousekeeping(db: Database, now = new Date()) {
  return { receipts: await purgeOldReceipts(db, now) };
}

/**
 * The worker: consumes the job queues in PostgreSQL. Any number of workers may run against one
 * database; pg-boss hands each job to one of them (SKIP LOCKED) and re-runs jobs whose worker died
 * once they expire.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { db, settings, logger } = options;
  const links = appLinks(options.publicUrl);
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    max: settings.MAIL_CONCURRENCY + 4,
    migrate: false,
    supervise: true,
    schedule: options.schedule ?? true,
    // Expired jobs (their worker died) are found by the monitoring pass, which supervision starts.
    superviseIntervalSeconds: settings.JOB_MAINTENANCE_SECONDS,
    monitorIntervalSeconds: settings.JOB_MAINTENANCE_SECONDS,
    instanceName: 'tindak-worker',
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  // Slow maintenance queries, a queue backing up, a skewed clock: worth a look, not an outage.
  boss.on('warning', (warning) => logger.warn({ warning: warning.data }, warning.message));
  await boss.start();
  // Its fetches and completions as prepared statements, as the job threads' queries are.
  const bossPool = (boss.getDb() as { pool?: pg.Pool }).pool;
  if (settings.PREPARED_STATEMENTS === 'on' && bossPool) preparePoolQueries(bossPool);
  // The two busy queues each run on a thread of their own, with a bounded heap (./thread).
  const mail = await startJobThread(
    {
      kind: 'mail',
      connectionString: options.connectionString,
      concurrency: settings.MAIL_CONCURRENCY,
      prepare: settings.PREPARED_STATEMENTS === 'on',
      mailer: options.mail,
      mailFrom: options.mailFrom,
    },
    MAIL_HEAP_MB,
  );
  const digests = await startJobThread(
    {
      kind: 'digest',
      connectionString: options.connectionString,
      concurrency: settings.DIGEST_CONCURRENCY,
      prepare: settings.PREPARED_STATEMENTS === 'on',
      publicUrl: options.publicUrl,
    },
    DIGEST_HEAP_MB,
  );

  /** One job's work: its result, or the error that fails it (pg-boss retries it, then dead-letters it). */
  const run = async <T>(
    queue: string,
    handle: (data: T) => Promise<unknown>,
    job: Job<T>,
  ): Promise<JobResult> => {
    try {
      const output = await handle(job.data);
      logger.debug({ queue, job: job.id, result: output }, 'job done');
      return { id: job.id, status: 'completed', output };
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      logger.error({ queue, job: job.id, err: error }, 'job failed; pg-boss retries it');
      return { id: job.id, status: 'failed', output: { message } };
    }
  };

  /**
   * Consumes a queue with `parallel` slots, each taking `batch` jobs per fetch and running them one
   * after another, each settled on its own. A slot whose fetch came back full fetches again at
   * once (burstWhenBatchFull): a busy queue runs back to back with no slot idle while another
   * finishes a slow job; an idle one is polled every JOB_POLL_SECONDS. Batches matter when
   * thousands of jobs wait: each fetch sorts the waiting jobs.
   */
  const jobs = async <T>(queue: string, handle: (data: T) => Promise<unknown>, parallel = 1, batch = 1) => {
    await boss.work<T>(
      queue,
      {
        pollingIntervalSeconds: settings.JOB_POLL_SECONDS,
        localConcurrency: parallel,
        batchSize: batch,
        burstWhenBatchFull: true,
        perJobResults: true,
      },
      async (fetched) => {
        const results: JobResult[] = [];
        for (const job of fetched) results.push(await run(queue, handle, job));
        return results;
      },
    );
  };

  await jobs<{ eventId: number }>(queues.notify, ({ eventId }) => handleNotifyEvent(db, eventId, links), 4);
  // Sending waits on the network (several at once) and encodes big mails (on the mail thread).
  // A job names one email ({ emailId }) or a group of the weekly digest's ({ emailIds }).
  await jobs<Record<string, unknown>>(
    queues.sendEmail,
    (job) => mail.run(job),
    settings.MAIL_CONCURRENCY,
    BATCH,
  );
  await jobs<Record<string, unknown>>(queues.sendEmailDead, (job) =>
    markEmailsDead(db, idsOf(job, 'emailId', 'emailIds')),
  );
  // A job names one user ({ userId }) or a group ({ userIds }), and the tick's instant.
  await jobs<Record<string, unknown>>(
    queues.digest,
    (job) => digests.run(job),
    settings.DIGEST_CONCURRENCY,
    BATCH,
  );
  await jobs<{ userId: string; date: string }>(queues.dailySummary, ({ userId, date }) =>
    deliverDailySummary(db, userId, date, links),
  );
  await jobs<{ at?: string }>(queues.digestTick, (data) => enqueueDueDigests(boss, db, tickTime(data)));
  await jobs<Record<string, never>>(queues.deadlineScan, () => scanDeadlines(db, new Date(), links));
  await jobs<Record<string, never>>(queues.housekeeping, () => runHousekeeping(db));

  if (options.schedule ?? true) {
    await boss.schedule(queues.digestTick, TICK_CRON);
    await boss.schedule(queues.deadlineScan, TICK_CRON);
    await boss.schedule(queues.housekeeping, HOUSEKEEPING_CRON);
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 20_000 });
      await Promise.all([mail.stop(), digests.stop()]);
    },
  };
}

/**
 * When a tick runs "as of": now, or the instant a hand-sent tick names (`{ at: ISO timestamp }`).
 * The cron sends no data; the digest benchmark sends next Monday 07:00 to run that week's digest
 * without touching the clock. Only someone who can write to the job tables can send one.
 */
export function tickTime(data: { at?: unknown } | null | undefined, now = new Date()): Date {
  const at = typeof data?.at === 'string' ? new Date(data.at) : null;
  return at && !Number.isNaN(at.getTime()) ? at : now;
}

/**
 * The digest tick: a job per group of DIGEST_GROUP users whose Monday 07:00 has come (or whose
 * Monday digest was missed earlier this week: late, digest-delivery.repo), in the order listed, so
 * that a group is mostly one region's and one office's readers; and a job per user whose daily
 * 07:00 has come. The singleton keys keep a second tick from queueing the same group or user twice
 * while the first is waiting; the deliveries table makes even that harmless. Returns how many
 * users' digests were queued.
 */
export async function enqueueDueDigests(boss: PgBoss, db: Database, at: Date): Promise<number> {
  const weekly = await usersDueForWeeklyDigest(db, at);
  const daily = await usersDueForDailySummary(db, at);
  const options = sendOptions();
  // pg-boss hands out higher priorities first: the digests go in the order listed, a region's
  // readers together, so each region's sections are read and rendered once (digest/shared.ts).
  const queuedAt = new Date().toISOString();
  const groups = chunks(weekly, DIGEST_GROUP);
  const digests: JobInsert[] = groups.map((userIds, index) => ({
    data: { userIds, at: at.toISOString(), queuedAt },
    singletonKey: `weekly:${userIds[0]}`,
    priority: groups.length - index,
    ...options,
  }));
  const summaries: JobInsert[] = daily.map(({ id, date }) => ({
    data: { userId: id, date },
    singletonKey: `daily:${id}:${date}`,
    ...options,
  }));
  for (const [queue, insert] of [
    [queues.digest, digests],
    [queues.dailySummary, summaries],
  ] as const) {
    for (const part of chunks(insert, 1000)) await boss.insert(queue, part);
  }
  return weekly.length + summaries.length;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
