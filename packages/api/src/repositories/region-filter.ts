import { type RawBuilder, sql } from 'kysely';

/**
 * A region code matches itself and, for a province or regency, everything beneath it. Codes are
 * digits and dots ('15', '15.01', '15.01.01'), so in byte order exactly those codes lie in
 * [code, code + '/'): '/' is the byte right after '.', and a longer number such as '150' sorts after
 * '15/'. The byte-order operators ~>=~ and ~<~ make this one range that a text_pattern_ops index
 * serves directly, even under a linguistic collation, and that index-only scans can use.
 */
export function regionRange(column: RawBuilder<unknown>, code: string) {
  return sql<boolean>`(${column} ~>=~ ${code} and ${column} ~<~ ${`${code}/`})`;
}

/** `regionRange` on a column reference such as 'ai.regionCode' (camel-cased by Kysely). */
export function inRegion(column: string, code: string) {
  return regionRange(sql.ref(column), code);
}

/** `regionRange` on a column named in raw SQL (aliases such as 'so.region_code'). */
export function inRegionRaw(column: string, code: string) {
  return regionRange(sql.raw(column), code);
}
