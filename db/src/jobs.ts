import PgBoss from 'pg-boss';

/** pg-boss keeps its tables in this schema of the application's database. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Every queue the application uses. They are database objects (pg-boss partitions its job table
 * by queue), so they are created with the schema: before any transaction can enqueue into them.
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
 * once: pg-boss takes an advisory lock, and creating an existing queue changes nothing.
 */
export async function installJobSchema(connectionString: string): Promise<void> {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    // pg-boss 10 hands out jobs `order by priority desc, created_on, id` but indexes them by
    // (name, start_after): every fetch sorted all of a queue's waiting jobs (0.1-0.3 s with the
    // weekly digest's 20,000 queued at once, for each batch of ten). With this index a fetch reads
    // the first few entries. On the partitioned job table it applies to every queue's partition.
    // The lock: two processes starting at once must not both create it.
    await boss.getDb().executeSql(
      `do $$ begin
         perform pg_advisory_xact_lock(hashtext('${JOB_SCHEMA}.job_fetch_order_idx'));
         create index if not exists job_fetch_order_idx on ${JOB_SCHEMA}.job (name, priority desc, created_on, id)
           where state < 'active';
       end $$`,
      [],
    );
    // Dead-letter queues first: a queue's dead letter must exist when it is created.
    await boss.createQueue(queues.dead, { name: queues.dead });
    await boss.createQueue(queues.sendEmailDead, { name: queues.sendEmailDead });
    for (const name of Object.values(queues)) {
      if (name === queues.dead || name === queues.sendEmailDead) continue;
      const deadLetter = deadLetterOf[name];
      await boss.createQueue(name, deadLetter ? { name, deadLetter } : { name });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
