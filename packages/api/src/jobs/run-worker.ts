import type { Database } from '@tindak/db';
import type { ApiEnv } from '../env';
import { readJobSettings } from './config';
import { type RunningWorker, startWorker, type WorkerLogger } from './worker';

/** The worker as configured by the environment: SMTP or the outbox, retry settings, links, cron. */
export function startConfiguredWorker(
  env: ApiEnv,
  db: Database,
  connectionString: string,
  logger: WorkerLogger,
): Promise<RunningWorker> {
  const settings = readJobSettings();
  return startWorker({
    connectionString,
    db,
    mail: { smtpUrl: env.SMTP_URL, outboxDir: env.OUTBOX_DIR },
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL,
    settings,
    logger,
    schedule: settings.JOB_CRON === 'on',
  });
}
