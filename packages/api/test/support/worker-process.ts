/**
 * A worker in its own process, for tests that kill it (SIGKILL) mid-job. Reads TEST_DATABASE_URL
 * and SMTP_URL; prints "ready" when it consumes jobs.
 */
import { createDb } from '@tindak/db';
import { readJobSettings } from '../../src/jobs/config';
import { startWorker } from '../../src/jobs/worker';

const url = process.env.TEST_DATABASE_URL as string;
const db = createDb({ connectionString: url, max: 5 });
await startWorker({
  connectionString: url,
  db,
  mail: { smtpUrl: process.env.SMTP_URL, outboxDir: '/tmp/tindak-test-outbox' },
  mailFrom: 'Tindak Uji <tindak@uji.demo>',
  publicUrl: 'https://tindak.uji',
  settings: readJobSettings(),
  logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  schedule: false,
});
process.stdout.write('ready\n');
