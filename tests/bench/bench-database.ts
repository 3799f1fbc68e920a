import path from 'node:path';
import { ensureDatabase, repoRoot, startEmbeddedPostgres } from '@tindak/db';
import pg from 'pg';

export interface BenchServer {
  /** postgres:// URL of a database on the server (for admin commands). */
  serverUrl: string;
  urlFor(database: string): string;
  /** Whether the server is PostgreSQL started by this process (and stopped by it). */
  embedded: boolean;
  version: string;
  stop(): Promise<void>;
}

/**
 * The server the benchmark runs on: BENCH_DATABASE_URL (any database on an existing server), or
 * the embedded PostgreSQL under .data/bench, which needs nothing installed.
 */
export async function openBenchServer(): Promise<BenchServer> {
  const given = process.env.BENCH_DATABASE_URL;
  const server = given
    ? {
        serverUrl: given,
        urlFor: (database: string) => {
          const url = new URL(given);
          url.pathname = `/${database}`;
          return url.toString();
        },
        embedded: false,
        stop: async () => {},
      }
    : { ...(await startEmbeddedPostgres(path.join(repoRoot, '.data', 'bench'))), embedded: true };
  const client = new pg.Client({ connectionString: server.serverUrl });
  await client.connect();
  const version =
    (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
  await client.end();
  return { ...server, version };
}

/** Drops and recreates `database` (a fresh database for each full run). */
export async function recreateDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(serverUrl, database);
}

/** Whether a previous run left a generated data set in `url` (for --reuse). */
export async function hasDataset(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const found = await client.query(
      "select 1 from information_schema.tables where table_name = 'action_items' and table_schema = 'public'",
    );
    if (found.rowCount === 0) return false;
    const rows = await client.query<{ n: number }>('select count(*)::int as n from action_items');
    return (rows.rows[0]?.n ?? 0) > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
