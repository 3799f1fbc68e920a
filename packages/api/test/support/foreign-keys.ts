import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/**
 * Every column with a foreign key to `table`, from the database's own catalog: what a merge of two
 * of its records must move (a new foreign key that the merge forgets fails the merge tests).
 */
export async function referencingColumns(db: Database, table: 'organizations' | 'people') {
  const { rows } = await sql<{ table: string; column: string }>`
    select c.conrelid::regclass::text as table, a.attname as column
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = ${table}::regclass
    order by 1, 2`.execute(db);
  return rows;
}

/** How many rows of each column referencing `table` point at each of `ids`, as `table.column id`. */
export async function referenceCounts(db: Database, table: 'organizations' | 'people', ids: string[]) {
  const counts: Record<string, number> = {};
  for (const { table: from, column } of await referencingColumns(db, table)) {
    for (const id of ids) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(from)}
        where ${sql.ref(column)} = ${id}`.execute(db);
      counts[`${from}.${column} ${id}`] = rows[0]?.n ?? 0;
    }
  }
  return counts;
}
