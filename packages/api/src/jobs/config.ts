import { z } from 'zod';

/**
 * Retry and timeout settings for jobs, from the environment (tests shorten them). Defaults:
 * a temporary SMTP failure is retried 8 times with exponential backoff from 30 s (about 2 hours
 * in all); a job whose worker died is given up after 2 minutes and run again by the next
 * monitoring pass (every JOB_MAINTENANCE_SECONDS, a minute), so it resumes within about three minutes.
 */
const schema = z.object({
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(8),
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /**
   * How many emails one worker sends at once, each over its own SMTP connection. Sending a mail is
   * mostly waiting (four statements and the SMTP exchange, on a machine busy composing digests):
   * with 4, the weekly digest's mail fell 5-15 s behind its composing; 8 kept up (docs/benchmarks.md,
   * thirteenth round). A relay that allows fewer connections per client wants it lower.
   */
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(8),
  /**
   * How many weekly digests one worker composes at once. A digest waits on the database about half
   * of its time: 8 at once kept two cores busy where 4 left a tenth idle (docs/benchmarks.md).
   */
  DIGEST_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(8),
  /**
   * `on`: the job threads send their queries as named prepared statements (@tindak/db prepared.ts):
   * planning was half of the digest's database time. `off` for a pooler in transaction mode that
   * does not keep prepared statements (PgBouncer before 1.21, or without max_prepared_statements).
   */
  PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  /**
   * `off`: the worker registers and runs no cron (digest tick, deadline scan); ticks come only from
   * jobs sent by hand. For benchmarks and tests on a copy of real data; production keeps `on`.
   */
  JOB_CRON: z.enum(['on', 'off']).default('on'),
});

export type JobSettings = z.infer<typeof schema>;

export function readJobSettings(source: NodeJS.ProcessEnv = process.env): JobSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

let processSettings: JobSettings | undefined;

/**
 * The options every job is sent with (pg-boss SendOptions). The environment is read once per
 * process: this runs in every transaction that records a notifying event.
 */
export function sendOptions(given?: JobSettings) {
  if (!given && !processSettings) processSettings = readJobSettings();
  const settings = given ?? (processSettings as JobSettings);
  return {
    retryLimit: settings.JOB_RETRY_LIMIT,
    retryDelay: settings.JOB_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: settings.JOB_EXPIRE_SECONDS,
  };
}
