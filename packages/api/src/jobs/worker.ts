import { type Database, JOB_SCHEMA, queues } from '@tindak/db';
import PgBoss from 'pg-boss';
import { deliverDailySummary, usersDueForDailySummary } from '../digest/daily';
import { deliverWeeklyDigest, usersDueForWeeklyDigest } from '../digest/weekly';
import { appLinks } from '../mail/links';
import { deliverEmail, markEmailDead } from '../mail/send-email';
import type { Mailer } from '../mail/transport';
import { scanDeadlines } from '../notifications/deadlines';
import { handleNotifyEvent } from '../notifications/handle-event';
import { type JobSettings, sendOptions } from './config';

export interface WorkerLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WorkerOptions {
  connectionString: string;
  db: Database;
  mailer: Mailer;
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

/** Every 15 minutes: Indonesian zones are whole hours, others may be on the half or quarter hour. */
const TICK_CRON = '*/15 * * * *';

/**
 * The worker: consumes the job queues in PostgreSQL. Any number of workers may run against one
 * database; pg-boss hands each job to one of them (SKIP LOCKED) and re-runs jobs whose worker died
 * once they expire.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { db, mailer, settings, logger } = options;
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

  /**
   * Consumes a queue in batches of `parallel` jobs run side by side (pg-boss waits one polling
   * interval between fetches, so one job per fetch would cap a queue at one job per interval). Each
   * job succeeds or fails on its own: a failed one is handed back to pg-boss for retry.
   */
  const jobs = async <T>(queue: string, handle: (data: T) => Promise<unknown>, parallel = 1) =>
    boss.work<T>(
      queue,
      { pollingIntervalSeconds: settings.JOB_POLL_SECONDS, batchSize: parallel },
      async (batch) => {
        await Promise.all(
          batch.map(async (job) => {
            try {
              const result = await handle(job.data);
              logger.info({ queue, job: job.id, result }, 'job done');
            } catch (error) {
              logger.error({ queue, job: job.id, err: error }, 'job failed; pg-boss retries it');
              await boss.fail(queue, job.id, { message: (error as Error).message });
            }
          }),
        );
      },
    );

  await jobs<{ eventId: number }>(queues.notify, ({ eventId }) => handleNotifyEvent(db, eventId, links), 4);
  // Sending is slow (network): several at once.
  await jobs<{ emailId: string }>(
    queues.sendEmail,
    ({ emailId }) => deliverEmail(db, mailer, emailId, options.mailFrom),
    settings.MAIL_CONCURRENCY,
  );
  await jobs<{ emailId: string }>(queues.sendEmailDead, ({ emailId }) => markEmailDead(db, emailId));
  await jobs<{ userId: string; at: string }>(
    queues.digest,
    ({ userId, at }) => deliverWeeklyDigest(db, userId, new Date(at), links),
    4,
  );
  await jobs<{ userId: string; date: string }>(queues.dailySummary, ({ userId, date }) =>
    deliverDailySummary(db, userId, date, links),
  );
  await jobs<Record<string, never>>(queues.digestTick, () => enqueueDueDigests(boss, db, new Date()));
  await jobs<Record<string, never>>(queues.deadlineScan, () => scanDeadlines(db, new Date(), links));

  if (options.schedule ?? true) {
    await boss.schedule(queues.digestTick, TICK_CRON);
    await boss.schedule(queues.deadlineScan, TICK_CRON);
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
      mailer.close();
    },
  };
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
    ...weekly.map((userId) => ({
      name: queues.digest,
      data: { userId, at: at.toISOString() },
      singletonKey: `weekly:${userId}`,
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
