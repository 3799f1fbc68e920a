import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Distinct statements a connection keeps prepared. A process runs a few dozen kinds of statement;
 * the cap only guards the server's memory should some caller build SQL with values written in.
 */
const MAX_PREPARED = 256;

/**
 * Sends every parameterised query of `client` as a named prepared statement, named after its text.
 *
 * Kysely sends unnamed statements, which PostgreSQL parses, analyses and plans on every execution.
 * For the short queries a busy worker runs thousands of times (the weekly digest's per-reader
 * lists: a millisecond of work, planned against sixteen indexes on action_items), that preparation
 * was much of the cost. A named statement is parsed once per connection, and after five executions
 * PostgreSQL keeps a generic plan when it costs no more than the custom ones (plan_cache_mode auto),
 * so a region's `like 'code.%'` ranges, which need the value to use an index, stay custom-planned.
 */
export function prepareStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  let renamed = 0;
  client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      let name = names.get(text);
      if (!name && names.size < MAX_PREPARED) {
        name = `t${createHash('sha1').update(text).digest('base64url')}${renamed ? `_${renamed}` : ''}`;
        names.set(text, name);
      }
      if (name) {
        return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
          // A migration changed a table under a `select *`: PostgreSQL refuses to run the prepared
          // statement again ("cached plan must not change result type"). The next use prepares
          // the text afresh under a new name; this one fails (its job is retried).
          if ((error as { code?: string }).code === '0A000') {
            names.delete(text);
            renamed += 1;
          }
          throw error;
        });
      }
    }
    return query(text, values, callback);
  }) as typeof client.query;
}
