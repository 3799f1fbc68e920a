/**
 * Regenerates src/schema.generated.ts from a freshly migrated scratch database.
 * `--verify` only checks that the committed file matches (used by the test suite).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
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
    const overrides = await closedVocabularyColumns(db);
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
        `--overrides=${JSON.stringify({ columns: overrides })}`,
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

/**
 * A text column with a `col in ('a', 'b')` CHECK is typed as the union of its values, so a status or
 * a role reaches the services as `'open' | 'done' | …` and needs no cast. The API's test
 * `column-vocabularies.test.ts` holds these unions equal to the shared enums and status machines.
 */
async function closedVocabularyColumns(db: Kysely<any>): Promise<Record<string, string>> {
  const { rows } = await sql<{
    tableName: string;
    columnName: string;
    definition: string;
    nullable: boolean;
    hasDefault: boolean;
  }>`
    select cl.relname as "tableName", a.attname as "columnName", pg_get_constraintdef(c.oid) as definition,
      not a.attnotnull as nullable, a.atthasdef as "hasDefault"
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_namespace n on n.oid = cl.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'c' and cardinality(c.conkey) = 1
    order by 1, 2`.execute(db);
  const overrides: Record<string, string> = {};
  for (const row of rows) {
    // PostgreSQL prints `x in ('a', 'b')` as `CHECK ((x = ANY (ARRAY['a'::text, 'b'::text])))`.
    const list = /= ANY \(ARRAY\[(.*)\]\)/.exec(row.definition)?.[1];
    if (!list) continue;
    const values = [...list.matchAll(/'([^']*)'::text/g)].map((m) => JSON.stringify(m[1]));
    let type = values.join(' | ');
    if (row.nullable) type += ' | null';
    overrides[`${row.tableName}.${row.columnName}`] = row.hasDefault ? `Generated<${type}>` : type;
  }
  return overrides;
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
