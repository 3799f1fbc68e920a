import { Kysely, type LogConfig, PostgresDialect } from 'kysely';
import pg from 'pg';
import { RowCamelCasePlugin } from './camel-case';
import { GENERIC_PLANS, prepareStatements } from './prepared';
import type { DB } from './schema.generated';

// Return timestamptz as Date and bigint (event ids, counts) as JS numbers: counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type Database = Kysely<DB>;

export interface CreateDbOptions {
  connectionString: string;
  max?: number;
  /** Kysely's query log; the benchmark records each request's SQL with it to replay in its baseline. */
  log?: LogConfig;
  /** Send parameterised queries as named prepared statements (./prepared): the API and the job threads. */
  prepare?: boolean;
  /**
   * Run each prepared statement on one generic plan (./prepared, GENERIC_PLANS): the job threads,
   * whose statements run thousands of times with values that do not change what the plan should
   * be. The API's requests (searches, filters) keep PostgreSQL's choice.
   */
  genericPlans?: boolean;
}

export function createDb({
  connectionString,
  max = 10,
  log,
  prepare = false,
  genericPlans = false,
}: CreateDbOptions): Database {
  // No JIT: it pays off for long analytical queries, and for this application's short ones it only
  // adds compile time (hundreds of ms) whenever the planner overestimates a cost.
  const options = `-c jit=off${prepare && genericPlans ? ` ${GENERIC_PLANS}` : ''}`;
  const pool = new pg.Pool({ connectionString, max, options });
  // An idle connection dropped by the server (restart, failover, shutdown) must not crash the
  // process: the pool discards it and the next query opens a new one.
  pool.on('error', () => {});
  if (prepare) pool.on('connect', prepareStatements);
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new RowCamelCasePlugin()],
    ...(log ? { log } : {}),
  });
}
