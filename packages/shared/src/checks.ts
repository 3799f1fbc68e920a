/**
 * Checks without zod, for values read where the schemas are not loaded: the web's shell and
 * Beranda read list filters from the address with them (packages/web/src/kit/url-filters.ts).
 * The schemas in schemas/common.ts build on them or make the same check (test/checks.test.ts).
 */

/**
 * Years a date may fall in: PostgreSQL has no year 0, and nothing Tindak records (a meeting, a
 * deadline, a list filter) lies centuries away; such a date is a typo, refused with the field named.
 */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

export function inDateYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
}

/** A province (`15`), regency or city (`15.01`), district (`15.01.01`) or village (`15.01.01.2001`). */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE_PATTERN.test(value);
}

// The UUIDs zod's `z.uuid()` accepts (RFC 9562, any version, and the nil and max ones).
const UUID_PATTERN =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** A calendar day as `YYYY-MM-DD` that exists (no 31 April, 29 February in leap years only), in DATE_YEARS. */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    inDateYears(value)
  );
}

/** One of a closed list, e.g. `actionItemStatuses` (enums.ts). */
export function isOneOf<const T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
