import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.generated';

// Return timestamptz as Date and bigint (event ids, counts) as JS numbers: counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type Database = Kysely<DB>;

export interface CreateDbOptions {
  connectionString: string;
  max?: number;
}

export function createDb({ connectionString, max = 10 }: CreateDbOptions): Database {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection dropped by the server (restart, failover, shutdown) must not crash the
  // process: the pool discards it and the next query opens a new one.
  pool.on('error', () => {});
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}
