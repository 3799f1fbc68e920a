import { type Database, JOB_SCHEMA, queues } from '@tindak/db';
import PgBoss from 'pg-boss';
import { deliverDailySummary, usersDueForDailySummary } from '../digest/daily';
import { usersDueForWeeklyDigest } from '../digest/weekly';
import { appLinks } from '../mail/links';
import { markEmailDead } from '../mail/send-email';
import type { MailerOptions } from '../mail/transport';
import { scanDeadlines } from '../notifications/deadlines';
import { handleNotifyEvent } from '../notifications/handle-event';
import { type JobSettings, sendOptions } from './config';
import { startJobThread } from './job-thread';

export interface WorkerLogger {
  info(obj: object, msg?: string): void;
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
  /** Register the cron schedules (digest tick, deadline scan). Off in tests that drive ticks by hand. */
  schedule?: boolean;
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Jobs a slot of the busy queues (mail, digests) takes per fetch: a weekly tick queues a job per
 * user at once, and a fetch and a completion per job doubled the queue's own database work. A
 * worker that dies holds at most this many jobs per slot until they expire.
 */
const BATCH = 10;

/**
 * Old-generation heap of the job threads. A digest thread holds the digests in flight, a region's
 * shared sections and a few thousand rendered rows; a mail thread the mails in flight.
 */
const DIGEST_HEAP_MB = 160;
const MAIL_HEAP_MB = 96;

/** Every 15 minutes: Indonesian zones are whole hours, others may be on the half or quarter hour. */
const TICK_CRON = '*/15 * * * *';

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
    maintenanceIntervalSeconds: settings.JOB_MAINTENANCE_SECONDS,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
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

  /**
   * Consumes a queue with `parallel` slots, each taking `batch` jobs per fetch and running them one
   * after another. pg-boss waits one polling interval after every fetch unless the worker is
   * notified, so a slot that got a full batch fetches again at once: a busy queue runs back to back
   * with no slot idle while another finishes a slow job, an idle one is polled every
   * JOB_POLL_SECONDS. Batches matter when thousands of jobs wait: each fetch sorts the waiting jobs.
   * A failed job is handed back to pg-boss for retry.
   */
  const jobs = async <T>(queue: string, handle: (data: T) => Promise<unknown>, parallel = 1, batch = 1) => {
    for (let slot = 0; slot < parallel; slot += 1) {
      let workerId: string | undefined;
      workerId = await boss.work<T>(
        queue,
        { pollingIntervalSeconds: settings.JOB_POLL_SECONDS, batchSize: batch },
        async (fetched) => {
          if (workerId && fetched.length === batch) boss.notifyWorker(workerId);
          for (const job of fetched) {
            try {
              const result = await handle(job.data);
              logger.info({ queue, job: job.id, result }, 'job done');
            } catch (error) {
              logger.error({ queue, job: job.id, err: error }, 'job failed; pg-boss retries it');
              await boss.fail(queue, job.id, { message: (error as Error).message });
            }
          }
        },
      );
    }
  };

  await jobs<{ eventId: number }>(queues.notify, ({ eventId }) => handleNotifyEvent(db, eventId, links), 4);
  // Sending waits on the network (several at once) and encodes big mails (on the mail thread).
  await jobs<{ emailId: string }>(queues.sendEmail, (job) => mail.run(job), settings.MAIL_CONCURRENCY, BATCH);
  await jobs<{ emailId: string }>(queues.sendEmailDead, ({ emailId }) => markEmailDead(db, emailId));
  await jobs<{ userId: string; at: string }>(
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

  if (options.schedule ?? true) {
    await boss.schedule(queues.digestTick, TICK_CRON);
    await boss.schedule(queues.deadlineScan, TICK_CRON);
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
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
 * The digest tick: one job per user whose Monday 07:00 (or daily 07:00) has come. The singleton key
 * keeps a second tick from queueing the same user twice; the deliveries table makes even that harmless.
 */
export async function enqueueDueDigests(boss: PgBoss, db: Database, at: Date): Promise<number> {
  const weekly = await usersDueForWeeklyDigest(db, at);
  const daily = await usersDueForDailySummary(db, at);
  const options = sendOptions();
  const insert: PgBoss.JobInsert[] = [
    // pg-boss hands out higher priorities first: the digests go in the order listed, a region's
    // readers together, so each region's sections are read and rendered once (digest/shared.ts).
    ...weekly.map((userId, index) => ({
      name: queues.digest,
      data: { userId, at: at.toISOString() },
      singletonKey: `weekly:${userId}`,
      priority: weekly.length - index,
      ...options,
    })),
    ...daily.map(({ id, date }) => ({
      name: queues.dailySummary,
      data: { userId: id, date },
      singletonKey: `daily:${id}:${date}`,
      ...options,
    })),
  ];
  for (let i = 0; i < insert.length; i += 1000) await boss.insert(insert.slice(i, i + 1000));
  return insert.length;
}
