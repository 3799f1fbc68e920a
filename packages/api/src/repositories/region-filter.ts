import { sql } from 'kysely';

/** A region code matches itself and, for a province or regency, everything beneath it. */
export function inRegion(column: string, code: string) {
  return sql<boolean>`(${sql.ref(column)} = ${code} or ${sql.ref(column)} like ${`${code}.%`})`;
}
