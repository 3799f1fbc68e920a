import { type RawBuilder, sql } from 'kysely';

/**
 * A list of statuses (from the shared status machines: `openStatuses`, `finalStatuses`) as SQL
 * literals, `('open', 'in_progress', …)`. Literals, not parameters: the partial indexes on open
 * items are only usable when the planner can prove the list implies their predicate, which it
 * cannot for a parameter in a generic plan, and the job threads' prepared statements keep the
 * same text as before.
 */
export function statusList(statuses: readonly string[]): RawBuilder<unknown> {
  return sql`(${sql.join(statuses.map((status) => sql.lit(status)))})`;
}
