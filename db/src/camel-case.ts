import { CamelCasePlugin, type UnknownRow } from 'kysely';

/**
 * Kysely's CamelCasePlugin, with its result rows renamed in a plain loop. The original builds each
 * row with `reduce` and a prototype walk per value; for a page of 50 list rows of 20 columns that
 * was a visible share of a request's CPU (docs/benchmarks.md, "The app's own cost per request").
 * Same result: keys camelCased, plain objects (json columns) and arrays of them renamed inside.
 */
export class RowCamelCasePlugin extends CamelCasePlugin {
  protected override mapRow(row: UnknownRow): UnknownRow {
    const mapped: UnknownRow = {};
    for (const key of Object.keys(row)) {
      let value = row[key];
      if (Array.isArray(value)) value = value.map((it) => (isPlainObject(it) ? this.mapRow(it) : it));
      else if (isPlainObject(value)) value = this.mapRow(value);
      mapped[this.camelCase(key)] = value;
    }
    return mapped;
  }
}

function isPlainObject(value: unknown): value is UnknownRow {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
