import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/**
 * A column with a foreign key to the records being merged. `versioned`: its table has an
 * optimistic `version`, moved on so a form opened before the merge cannot put the old record back.
 */
export interface Reference {
  readonly table: string;
  readonly column: string;
  readonly versioned: boolean;
}

/**
 * Points every reference at `duplicateId` to `keepId` (the merge of two offices or two people) and
 * adds to `moved` how many rows each `table.column` moved.
 */
export async function moveReferences(
  db: Database,
  references: readonly Reference[],
  duplicateId: string,
  keepId: string,
  moved: Record<string, number>,
): Promise<Record<string, number>> {
  for (const { table, column, versioned } of references) {
    const result = await sql`update ${sql.table(table)}
      set ${sql.ref(column)} = ${keepId}${versioned ? sql`, version = version + 1` : sql``}
      where ${sql.ref(column)} = ${duplicateId}`.execute(db);
    const count = Number(result.numAffectedRows ?? 0);
    if (count > 0) moved[`${table}.${column}`] = count;
  }
  return moved;
}

/**
 * Where a row may name a record only once per parent (a proposal's proposers, a meeting's
 * participants), removes the duplicate's rows whose parent already has the kept record, before
 * `moveReferences` moves the rest; counted under `table.column (label)`.
 */
export async function dropRowsKeptAlready(
  db: Database,
  rows: { table: string; column: string; parent: string; label: string },
  duplicateId: string,
  keepId: string,
  moved: Record<string, number>,
): Promise<void> {
  const { table, column, parent, label } = rows;
  const result = await sql`delete from ${sql.table(table)} d
    where d.${sql.ref(column)} = ${duplicateId}
      and exists (select 1 from ${sql.table(table)} k
        where k.${sql.ref(parent)} = d.${sql.ref(parent)} and k.${sql.ref(column)} = ${keepId})`.execute(db);
  const removed = Number(result.numAffectedRows ?? 0);
  if (removed > 0) moved[`${table}.${column} (${label})`] = removed;
}
