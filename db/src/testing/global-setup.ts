import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../client';
import { ensureDatabase } from '../connect';
import { startEmbeddedPostgres } from '../embedded';
import { readDbEnv } from '../env';
import { installJobSchema } from '../jobs';
import { migrateToLatest } from '../migrate';
import { readConfiguredRegions, upsertRegions } from '../reference/regions';
import { adminUrl, dropDatabase } from './databases';

/**
 * Once per test run: finds a PostgreSQL server (DATABASE_URL, or a fresh embedded one), builds a
 * migrated template database with the region list, and hands both to the suites, which each
 * clone their own database from the template (see createTestDatabase).
 */
export default async function setup(project: TestProject) {
  const env = readDbEnv();
  let serverUrl: string;
  let stopServer = async () => {};
  if (env.DATABASE_URL) {
    serverUrl = adminUrl(env.DATABASE_URL);
  } else {
    const dataDir = path.join(env.TINDAK_DATA_DIR, `test-${project.name}-${process.pid}`);
    const server = await startEmbeddedPostgres(dataDir);
    serverUrl = server.serverUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const template = `tindak_tpl_${project.name}_${process.pid}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  await dropDatabase(serverUrl, template);
  await ensureDatabase(serverUrl, template);
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const db = createDb({ connectionString: url.href, max: 2 });
  try {
    await migrateToLatest(db);
    await upsertRegions(db, readConfiguredRegions());
  } finally {
    await db.destroy();
  }
  await installJobSchema(url.href);

  project.provide('dbServerUrl', serverUrl);
  project.provide('dbTemplate', template);

  return async () => {
    await dropDatabase(serverUrl, template);
    await stopServer();
  };
}
