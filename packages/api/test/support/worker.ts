import type { TestDatabase } from '@tindak/db/testing';
import { readJobSettings } from '../../src/jobs/config';
import { type RunningWorker, startWorker } from '../../src/jobs/worker';

export const TEST_PUBLIC_URL = 'https://tindak.uji';

const silent = { info: () => {}, error: () => {} };

/** The real worker on a test database, mailing to `smtpUrl` (or the outbox), with no cron. */
export function startTestWorker(database: TestDatabase, smtpUrl?: string): Promise<RunningWorker> {
  return startWorker({
    connectionString: database.url,
    db: database.db,
    mail: { smtpUrl, outboxDir: `${process.env.TMPDIR ?? '/tmp'}/tindak-test-outbox` },
    mailFrom: 'Tindak Uji <tindak@uji.demo>',
    publicUrl: TEST_PUBLIC_URL,
    settings: readJobSettings(),
    logger: silent,
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
