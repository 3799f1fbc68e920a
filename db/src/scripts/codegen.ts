/**
 * Regenerates src/schema.generated.ts from a freshly migrated scratch database.
 * `--verify` only checks that the committed file matches (used by the test suite).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { connectDatabase } from '../connect';
import { readDbEnv } from '../env';
import { migrateToLatest } from '../migrate';

export async function runCodegen(serverUrl: string, verify: boolean): Promise<void> {
  const scratch = `tindak_codegen_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${scratch}`);
  await admin.query(`create database ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const db = new Kysely<any>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.href }) }),
  });
  try {
    await migrateToLatest(db);
    await db.destroy();
    const dbDir = path.resolve(import.meta.dirname, '../..');
    execFileSync(
      path.join(dbDir, 'node_modules/.bin/kysely-codegen'),
      [
        '--dialect=postgres',
        `--url=${url.href}`,
        '--camel-case',
        // bigint columns are parsed to numbers in client.ts.
        '--type-mapping={"int8":"number"}',
        '--exclude-pattern=kysely_*',
        '--out-file=src/schema.generated.ts',
        ...(verify ? ['--verify'] : []),
      ],
      { cwd: dbDir, stdio: verify ? 'pipe' : 'inherit' },
    );
  } finally {
    await db.destroy().catch(() => {});
    await admin.query(`drop database if exists ${scratch}`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = readDbEnv();
  const handle = await connectDatabase(env, 'postgres');
  const serverUrl = new URL(handle.url);
  serverUrl.pathname = '/postgres';
  try {
    await runCodegen(serverUrl.href, process.argv.includes('--verify'));
  } finally {
    await handle.stop();
  }
}
