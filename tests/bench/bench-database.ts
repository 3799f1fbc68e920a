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

/** How long a phase waits for the statements of the phase before it. */
const SETTLE_MS = 30_000;

/**
 * Waits until no other session of the database is running a statement, so that a phase is not
 * measured beside the one before it: a request that timed out in autocannon (the national
 * baseline's 9 s statements) keeps running in PostgreSQL, and a search measured beside it took
 * six times as long. What still runs after SETTLE_MS is cancelled and logged.
 */
export async function settleDatabase(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const busy = async () =>
      (
        await client.query<{ pid: number }>(
          `select pid from pg_stat_activity
            where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'
              and datname = current_database()`,
        )
      ).rows.map((row) => row.pid);
    const until = Date.now() + SETTLE_MS;
    let pids = await busy();
    while (pids.length > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      pids = await busy();
    }
    if (pids.length === 0) return;
    log(`  cancelling ${pids.length} statement(s) still running from the phase before`);
    await client.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [pids]);
  } finally {
    await client.end();
  }
}
