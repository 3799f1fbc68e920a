import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Distinct statements a connection keeps prepared. A process runs a few dozen kinds of statement;
 * the cap only guards the server's memory should some caller build SQL with values written in.
 */
const MAX_PREPARED = 256;

/** The session setting for one generic plan per prepared statement (createDb's `genericPlans`, below). */
export const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

/**
 * Sends every parameterised query of `client` as a named prepared statement, named after its text.
 *
 * Kysely sends unnamed statements, which PostgreSQL parses, analyses and plans on every execution.
 * For the short queries a busy worker runs thousands of times (the weekly digest's per-reader
 * lists: a millisecond of work, planned against sixteen indexes on action_items), that preparation
 * was much of the cost. A named statement is parsed once per connection and, on the job threads'
 * connections (createDb's `genericPlans`), planned once too (plan_cache_mode force_generic_plan). Left to
 * choose (auto), PostgreSQL planned a staff member's lists afresh on every execution, as the custom
 * plans of an office's empty id lists looked cheaper than the generic one: 1.9 ms of planning for
 * 1.5 ms of execution, where the generic plan runs in 0.8 ms (docs/benchmarks.md, issue 20, tenth
 * round). The statements the job threads run filter by key or by range parameters (a region's
 * codes as `~>=~` bounds), which a generic plan uses as well as a custom one.
 */
export function prepareStatements(client: pg.PoolClient): void {
  client.query = namedQueries(client.query.bind(client)) as typeof client.query;
}

/**
 * The same for every `pool.query(text, values)` of a pool whose connections are not ours to
 * patch: pg-boss's, whose fetch and completion of a busy queue's jobs (a few thousand of each for
 * the weekly digest) PostgreSQL otherwise parsed and planned each time. pg prepares a name once on
 * each connection that runs it.
 */
export function preparePoolQueries(pool: pg.Pool): void {
  pool.query = namedQueries(pool.query.bind(pool)) as typeof pool.query;
}

/**
 * `query` (a client's or a pool's), sending each promise-style call with parameters as a named
 * statement; calls with a callback go through as they were.
 */
function namedQueries(query: (...args: unknown[]) => unknown) {
  const names = statementNames();
  return (text: unknown, values?: unknown, callback?: unknown) => {
    const name = callback === undefined ? names.of(text, values) : undefined;
    if (!name) return query(text, values, callback);
    return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
      names.failed(text as string, error);
      throw error;
    });
  };
}

/** Names for statement texts: the first MAX_PREPARED distinct texts with parameters get one. */
function statementNames() {
  const names = new Map<string, string>();
  let renamed = 0;
  return {
    of(text: unknown, values: unknown): string | undefined {
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return undefined;
      let name = names.get(text);
      if (!name && names.size < MAX_PREPARED) {
        name = `t${createHash('sha1').update(text).digest('base64url')}${renamed ? `_${renamed}` : ''}`;
        names.set(text, name);
      }
      return name;
    },
    /**
     * A migration changed a table under a `select *`: PostgreSQL refuses to run the prepared
     * statement again ("cached plan must not change result type"). The next use prepares the text
     * afresh under a new name; this one fails (its job is retried).
     */
    failed(text: string, error: unknown) {
      if ((error as { code?: string }).code === '0A000') {
        names.delete(text);
        renamed += 1;
      }
    },
  };
}
