import {
  connectDatabase,
  createDb,
  demoUsers,
  installJobSchema,
  migrateToLatest,
  onShutdownSignal,
  readConfiguredRegions,
  upsertRegions,
} from '@tindak/db';
import type { AuthSettings } from './context';
import { readApiEnv } from './env';
import { readJobSettings } from './jobs/config';
import { startConfiguredWorker } from './jobs/run-worker';
import { createLiveBus } from './live/event-bus';
import { loggerOptions, readyMessage, setupMessage } from './logging';
import { seedDemoIfEmpty } from './seed/demo';
import { buildServer } from './server';
import { prepareFirstRun } from './services/setup.service';
import { describeMailServer } from './services/setup-checklist.service';

async function main() {
  let env: ReturnType<typeof readApiEnv>;
  try {
    env = readApiEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }

  const logger = loggerOptions(env.LOG_LEVEL);

  const database = await connectDatabase(env);
  // Requests' statements are prepared once per connection, as the job threads' are: planning each
  // short list query afresh was a large part of its database time (docs/benchmarks.md).
  const db = createDb({
    connectionString: database.url,
    prepare: readJobSettings().PREPARED_STATEMENTS === 'on',
  });
  await migrateToLatest(db);
  await installJobSchema(database.url);
  await upsertRegions(db, readConfiguredRegions(env.REGIONS_FILE));
  const seedDemo = env.DEMO_DATA === 'auto' ? database.embedded : env.DEMO_DATA;
  if (seedDemo) await seedDemoIfEmpty(db);
  // An installation with no account yet: a one-time link to create the first admin, logged below.
  const setupLink = await prepareFirstRun(db, env.PUBLIC_URL);

  const auth: AuthSettings = {
    session: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    // Demo passwords are shown on the sign-in page only when this instance serves demo data.
    demoAccounts: seedDemo
      ? demoUsers.map(({ email, password, role, label }) => ({ email, password, role, label }))
      : [],
  };
  const live = createLiveBus(database.url, (error) => console.warn(`live updates: ${error.message}`));
  const app = await buildServer({
    db,
    logger,
    webDist: env.WEB_DIST,
    publicUrl: env.PUBLIC_URL,
    auth,
    live,
    completionCache: env.COMPLETION_CACHE === 'on',
    nationalCacheSeconds: env.NATIONAL_CACHE_SECONDS,
    trustProxy: env.TRUST_PROXY,
    mailServer: describeMailServer(env.SMTP_URL),
  });
  // Single machine: the worker runs in this process. Several machines: WORKER=off here and
  // `pnpm worker` elsewhere (see README).
  const worker = env.WORKER === 'inline' ? await startConfiguredWorker(env, db, database.url, app.log) : null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await app.close();
      await worker?.stop();
      await db.destroy();
      await database.stop();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  onShutdownSignal((signal) => void shutdown(signal));

  try {
    await app.listen({ port: env.PORT, host: env.HOST });
    app.log.info(
      {
        database: database.embedded ? 'embedded' : 'external',
        worker: env.WORKER,
        mail: env.SMTP_URL ? 'smtp' : 'outbox',
      },
      readyMessage(env.PUBLIC_URL, seedDemo),
    );
    if (setupLink) app.log.warn({ setupLink }, setupMessage(setupLink));
  } catch (error) {
    app.log.error({ err: error }, 'could not start');
    await shutdown('startup-failure');
  }
}

await main();
