import type { TestDatabase } from '@tindak/db/testing';
import { readJobSettings } from '../../src/jobs/config';
import { type RunningWorker, startWorker, type WorkerLogger } from '../../src/jobs/worker';

export const TEST_PUBLIC_URL = 'https://tindak.uji';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The real worker on a test database, mailing to `smtpUrl` (or the outbox), with no cron. */
export function startTestWorker(
  database: TestDatabase,
  smtpUrl?: string,
  logger: WorkerLogger = silent,
): Promise<RunningWorker> {
  return startWorker({
    connectionString: database.url,
    db: database.db,
    mail: { smtpUrl, outboxDir: `${process.env.TMPDIR ?? '/tmp'}/tindak-test-outbox` },
    mailFrom: 'Tindak Uji <tindak@uji.demo>',
    publicUrl: TEST_PUBLIC_URL,
    settings: readJobSettings(),
    logger,
    schedule: false,
  });
}

/** Polls until `check` returns a value other than undefined (or fails after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}

export type LogEntry = { level: keyof WorkerLogger; msg: string | undefined; obj: object };

/** A worker logger that keeps what it is told, level by level. */
export function recordingLogger(): WorkerLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (obj: object, msg?: string) => {
    entries.push({ level, msg, obj });
  };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
