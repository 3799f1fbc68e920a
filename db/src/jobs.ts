import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { carryOverVersion10Jobs, setAsideVersion10Schema } from './jobs-v10';

/** pg-boss keeps its tables in this schema of the application's database. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Every queue the application uses. They are database objects (rows of pg-boss's queue table), so
 * they are created with the schema: before any transaction can enqueue into them.
 */
export const queues = {
  /** One job per domain event that may notify someone: works out who and how. */
  notify: 'notify-event',
  /** One job per outgoing email (a row in `emails`). */
  sendEmail: 'send-email',
  /** Where a send-email job lands when its retries ran out: the email is marked failed. */
  sendEmailDead: 'send-email-dead',
  /** One job per user and week: composes and queues that user's digest. */
  digest: 'digest-user',
  /** One job per user and day: the daily summary of notifications. */
  dailySummary: 'daily-summary-user',
  /** Cron, every 15 minutes: whose Monday 07:00 (or daily 07:00) has come, in their time zone. */
  digestTick: 'digest-tick',
  /** Cron, every 15 minutes: items due in 3 days, in 1 day, or overdue. */
  deadlineScan: 'deadline-scan',
  /** Cron, once a night: clears what is kept only for a while (request receipts past their use). */
  housekeeping: 'housekeeping',
  /** Dead letter for every other queue: kept for the admin page, retried from there. */
  dead: 'dead-letter',
} as const;
export type QueueName = (typeof queues)[keyof typeof queues];

const deadLetterOf: Partial<Record<QueueName, QueueName>> = {
  [queues.sendEmail]: queues.sendEmailDead,
  [queues.notify]: queues.dead,
  [queues.digest]: queues.dead,
  [queues.dailySummary]: queues.dead,
};

/**
 * Creates (or upgrades) pg-boss's schema and the queues. Safe to run from several processes at
 * once: this takes a lock for the whole install, pg-boss takes its own for its migrations, and
 * creating an existing queue changes nothing.
 *
 * A database still holding pg-boss 10's schema is upgraded here (./jobs-v10): pg-boss 12 has no
 * migration from it.
 */
export async function installJobSchema(connectionString: string): Promise<void> {
  const lock = new pg.Client({ connectionString });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`${JOB_SCHEMA}.install`]);
    await setAsideVersion10Schema(lock, JOB_SCHEMA);
    const boss = new PgBoss({
      connectionString,
      schema: JOB_SCHEMA,
      max: 1,
      migrate: true,
      supervise: false,
      schedule: false,
      registerInstance: false,
    });
    boss.on('error', () => {});
    await boss.start();
    try {
      // Dead-letter queues first: a queue's dead letter must exist when it is created.
      await boss.createQueue(queues.dead);
      await boss.createQueue(queues.sendEmailDead);
      for (const name of Object.values(queues)) {
        if (name === queues.dead || name === queues.sendEmailDead) continue;
        const deadLetter = deadLetterOf[name];
        await boss.createQueue(name, deadLetter ? { deadLetter } : {});
      }
      await carryOverVersion10Jobs(lock, boss, JOB_SCHEMA, Object.values(queues));
    } finally {
      await boss.stop({ graceful: false });
    }
  } finally {
    await lock.end();
  }
}
