import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded';
import type { DbEnv } from './env';

export interface DatabaseHandle {
  url: string;
  /** True when this process started the server and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

const APP_DATABASE = 'tindak';

/**
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL under TINDAK_DATA_DIR and
 * makes sure the `tindak` database exists in it.
 */
export async function connectDatabase(env: DbEnv, name = 'postgres'): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(path.join(env.TINDAK_DATA_DIR, name));
  await ensureDatabase(server.serverUrl, APP_DATABASE);
  return { url: server.urlFor(APP_DATABASE), embedded: true, stop: () => server.stop() };
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
      await client.query(`create database ${ident(database)}`);
    }
  } finally {
    await client.end();
  }
}
