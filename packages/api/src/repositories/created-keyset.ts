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

/** A real instant in the exact shape `createdAtKey` produces (so PostgreSQL never rejects the cast). */
function isCreatedAtKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value)) return false;
  const millis = value.slice(0, 23);
  const date = new Date(`${millis}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === millis;
}

export function encodeCreatedCursor(cursor: CreatedCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

/** The cursor, or undefined when the text is not one this API handed out. */
export function decodeCreatedCursor(value: string): CreatedCursor | undefined {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      isCreatedAtKey(createdAt) &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // not base64 JSON: fall through
  }
  return undefined;
}
