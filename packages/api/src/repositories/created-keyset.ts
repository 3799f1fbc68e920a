import { sql } from 'kysely';

/**
 * `created_at` as text with its full microsecond precision: a JS Date keeps only milliseconds, and
 * a keyset cursor rounded to them would skip or repeat rows created within the same millisecond.
 */
export function createdAtKey(column: string) {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export interface CreatedCursor {
  createdAt: string;
  id: string;
}

/** Rows after the cursor in (created_at desc, id desc) order. */
export function afterCreatedCursor(createdAtColumn: string, idColumn: string, cursor: CreatedCursor) {
  return sql<boolean>`(${sql.ref(createdAtColumn)}, ${sql.ref(idColumn)}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
}
