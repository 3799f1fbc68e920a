import type { Database } from '@tindak/db';
import type { ApiEnv } from '../env';
import { createMailer } from '../mail/transport';
import { readJobSettings } from './config';
import { type RunningWorker, startWorker, type WorkerLogger } from './worker';

/** The worker as configured by the environment: SMTP or the outbox, retry settings, links. */
export function startConfiguredWorker(
  env: ApiEnv,
  db: Database,
  connectionString: string,
  logger: WorkerLogger,
): Promise<RunningWorker> {
  return startWorker({
    connectionString,
    db,
    mailer: createMailer({ smtpUrl: env.SMTP_URL, outboxDir: env.OUTBOX_DIR }),
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL,
    settings: readJobSettings(),
    logger,
  });
}
