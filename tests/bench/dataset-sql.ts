/**
 * Small SQL-text helpers for the benchmark data generator. Every "random" choice is a hash of the
 * row's number and a seed (hashint8extended), so the same scale always produces the same data.
 * The strings built here only ever contain constants from this repository, never outside input.
 */

const POSITIVE = '9223372036854775807';

/** A non-negative 63-bit hash of an integer expression. */
export function h(expr: string, seed: number): string {
  return `(hashint8extended((${expr})::bigint, ${seed}) & ${POSITIVE})`;
}

/** A hash-derived integer in [0, n); n may be an SQL expression (it must not be 0). */
export function mod(expr: string, seed: number, n: number | string): string {
  return `(${h(expr, seed)} % (${n}))::int`;
}

/** A hash-derived fraction in [0, 1). */
export function frac(expr: string, seed: number): string {
  return `((${h(expr, seed)} % 1000000)::float8 / 1000000)`;
}

export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function textArray(values: readonly string[]): string {
  return `array[${values.map(lit).join(', ')}]::text[]`;
}

/** One of the values, chosen by hash. */
export function pick(values: readonly string[], expr: string, seed: number): string {
  return `(${textArray(values)})[1 + ${mod(expr, seed, values.length)}]`;
}

/** Replaces {name} placeholders in an SQL text expression with SQL expressions. */
export function fill(template: string, vars: Record<string, string>): string {
  let out = template;
  for (const [name, value] of Object.entries(vars)) out = `replace(${out}, '{${name}}', (${value})::text)`;
  return out;
}

/**
 * `target` if it lies more than an hour in the past; otherwise a hash-chosen moment between
 * `floor` (itself in the past) and an hour ago. Keeps every generated timestamp before now.
 */
export function before(floor: string, target: string, fraction: string): string {
  return `(case when (${target}) < now() - interval '1 hour' then (${target})
    else greatest((${floor}), (${floor}) + (now() - interval '1 hour' - (${floor})) * ${fraction}) end)`;
}

/** An ISO-8601 UTC timestamp as JSON.stringify(Date) writes it. */
export function iso(expr: string): string {
  return `to_char((${expr}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export function ymd(expr: string): string {
  return `to_char(${expr}, 'YYYY-MM-DD')`;
}

export const uuidOf = (prefix: string, expr: string) =>
  // An md5 hash with the version (4) and variant (8) digits set: the API validates ids as RFC 9562 UUIDs.
  `overlay(overlay(md5('${prefix}-' || (${expr})) placing '4' from 13) placing '8' from 17)::uuid`;
