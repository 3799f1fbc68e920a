/**
 * `pnpm worker`: the job worker on its own (notifications, mail, digests), for machines that run
 * API and workers separately. Needs DATABASE_URL: the embedded database belongs to one process.
 */
import { setFlagsFromString } from 'node:v8';
import { connectDatabase, createDb, installJobSchema, onShutdownSignal } from '@tindak/db';
import pino from 'pino';
import { readApiEnv } from './env';
import { startConfiguredWorker } from './jobs/run-worker';
import { loggerOptions } from './logging';

// Each heap (the process's and its job threads') may grow to four times what survived its last full
// collection before the next, within its cap. V8 lets a heap under 256 MB grow by 1.3 times only: the
// mail thread, which keeps about 32 MB, was fully collected 177 times on a weekly digest (every 1.2 s)
// and the digest thread 37 times. Set before the threads start; it is the whole process's setting
// (docs/decisions.md, 2026-12-25).
setFlagsFromString('--heap-growing-percent=300');

let env: ReturnType<typeof readApiEnv>;
try {
  env = readApiEnv();
  if (!env.DATABASE_URL) throw new Error('pnpm worker needs DATABASE_URL (the database the API uses).');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const logger = pino({ ...loggerOptions(env.LOG_LEVEL), name: 'tindak-worker' });
const database = await connectDatabase(env);
const db = createDb({ connectionString: database.url });
await installJobSchema(database.url);
const worker = await startConfiguredWorker(env, db, database.url, logger);
logger.info({ mail: env.SMTP_URL ? 'smtp' : 'outbox' }, 'worker ready');

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping: finishing current jobs');
  try {
    await worker.stop();
    await db.destroy();
    await database.stop();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'unclean worker shutdown');
    process.exit(1);
  }
};
onShutdownSignal((signal) => void shutdown(signal));
if (process.env.DEBUG_MEM)
  setInterval(() => {
    const m = process.memoryUsage();
    logger.info(
      {
        mem: {
          rss: m.rss >> 20,
          heapTotal: m.heapTotal >> 20,
          heapUsed: m.heapUsed >> 20,
          external: m.external >> 20,
          ab: m.arrayBuffers >> 20,
        },
      },
      'mem',
    );
  }, 2000).unref();
