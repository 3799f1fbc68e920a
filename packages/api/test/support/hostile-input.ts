import fc from 'fast-check';

/**
 * Hostile inputs for property tests: a valid input with some fields replaced by what an attacker
 * (or a broken client) sends. A replacement fits the field it lands in, so that it passes or
 * nearly passes validation and reaches the service and the database: NUL inside a real text,
 * impossible dates where a date goes, ids of real records outside the caller's scope where an id
 * goes, plus wrong types, huge strings, odd unicode, extreme numbers and missing fields anywhere.
 */
export type FieldKind = 'id' | 'date' | 'text' | 'number' | 'other';

/**
 * Dates that look like dates: year 0 (a valid ISO date that PostgreSQL does not have), the edges
 * of four-digit years, a day that does not exist, years beyond four digits. A date-and-time field
 * gets them with a time of day.
 */
const hostileDates = ['0000-01-01', '0000-02-29', '0001-01-01', '9999-12-31', '2025-02-30', '-000001-01-01'];
const hostileNumbers = [
  -1,
  0,
  0.5,
  -(2 ** 31),
  2 ** 31,
  2 ** 53,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e-300,
];

/** Values drawn ahead for one replacement; which one is used depends on the field it lands in. */
export interface Replacement {
  /** Which field (modulo the number of fields). */
  at: number;
  /** Which of the replacements that fit the field (modulo their number). */
  pick: number;
  uuid: string;
  foreignId: string | undefined;
  date: string;
  number: number;
  /** Unusual unicode: graphemes, or raw UTF-16 units (lone surrogates included). */
  unicode: string;
  /** The character a 100 000-character string is made of. */
  hugeOf: string;
  json: unknown;
}

export function replacements(foreignIds: readonly string[], maxLength = 3): fc.Arbitrary<Replacement[]> {
  const replacement = fc.record({
    at: fc.nat(),
    pick: fc.nat(),
    uuid: fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000')),
    foreignId: foreignIds.length > 0 ? fc.constantFrom(...foreignIds) : fc.constant(undefined),
    date: fc.constantFrom(...hostileDates),
    number: fc.oneof(fc.constantFrom(...hostileNumbers), fc.integer()),
    unicode: fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    hugeOf: fc.constantFrom('a', 'é', '😀', '\u0000'),
    json: fc.jsonValue({ maxDepth: 2 }),
  });
  return fc.array(replacement, { maxLength });
}

const withNul = (value: unknown) => {
  const text = typeof value === 'string' ? value : '';
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}\u0000${text.slice(middle)}`;
};

/** What may replace a field of `kind` that holds `original` (undefined: the field is left out). */
function candidates(kind: FieldKind, original: unknown, r: Replacement): unknown[] {
  const huge = r.hugeOf.repeat(100_000);
  const id = r.foreignId ?? r.uuid;
  if (kind === 'id') return [r.uuid, id, id, withNul(original), r.json, undefined];
  if (kind === 'date') {
    const dateTime = `${r.date}T00:00:00+07:00`;
    // The form the field holds; a field the input left out may be either.
    const forms =
      typeof original !== 'string' ? [r.date, dateTime] : original.includes('T') ? [dateTime] : [r.date];
    return [...forms, ...forms, ...forms, withNul(original), r.json, undefined];
  }
  if (kind === 'text') return [withNul(original), huge, `${original ?? ''}${r.unicode}`, r.json, undefined];
  if (kind === 'number') return [r.number, r.number, String(original), r.json, undefined];
  return [r.json, undefined, r.uuid, id, r.date, r.number, withNul(''), huge, r.unicode];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function kindOfValue(value: unknown): FieldKind {
  if (typeof value === 'number') return 'number';
  if (typeof value !== 'string') return 'other';
  if (uuidPattern.test(value)) return 'id';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'date';
  return 'text';
}

/** A field of an input: a path of keys and indexes ([] is the input itself), and what it holds. */
interface Field {
  path: (string | number)[];
  kind: FieldKind;
}

/** Every field of `value` (each leaf, object and array), and the fields of `schema` it leaves out. */
function fieldsOf(value: unknown, schema: Record<string, FieldKind>): Field[] {
  const fields: Field[] = [{ path: [], kind: 'other' }];
  const walk = (node: unknown, at: (string | number)[]) => {
    if (node === null || typeof node !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node);
    for (const [key, child] of entries) {
      fields.push({ path: [...at, key], kind: kindOfValue(child) });
      walk(child, [...at, key]);
    }
  };
  walk(value, []);
  const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
  for (const [key, kind] of Object.entries(schema))
    if (!present.includes(key)) fields.push({ path: [key], kind });
  return fields;
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    input,
  );
}

/** A copy of `input` with `value` at `path` (objects are made on the way where there were none). */
function withValueAt(input: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const base = (
    input !== null && typeof input === 'object' ? (Array.isArray(input) ? [...input] : { ...input }) : {}
  ) as Record<string | number, unknown>;
  // Defined, not assigned: a key named __proto__ stays a key.
  Object.defineProperty(base, key, {
    value: withValueAt(base[key], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return base;
}

/**
 * `input` with each replacement applied in turn. `schema` names the top-level fields the input
 * may have (from `schemaFields`), so a filter a valid input leaves out gets replaced too.
 */
export function applyReplacements(
  input: unknown,
  list: readonly Replacement[],
  schema: Record<string, FieldKind> = {},
): unknown {
  let result = input;
  for (const r of list) {
    const fields = fieldsOf(result, schema);
    const field = fields[r.at % fields.length] ?? { path: [], kind: 'other' };
    const options = candidates(field.kind, valueAt(result, field.path), r);
    result = withValueAt(result, field.path, options[r.pick % options.length]);
  }
  return result;
}

type ZodDef = Record<string, unknown> & { type?: string; format?: string };
const defOf = (schema: unknown) => (schema as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;

/** Through optional, nullable, default and pipe wrappers to the schema that says what a value is. */
function unwrap(schema: unknown): ZodDef | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  if (def.type === 'pipe') return unwrap(def.in);
  if ('innerType' in def) return unwrap(def.innerType);
  return def;
}

function kindOfSchema(schema: unknown): FieldKind {
  const def = unwrap(schema);
  if (def?.type === 'number') return 'number';
  if (def?.type !== 'string' && def?.type !== 'enum') return 'other';
  if (def.format === 'uuid' || def.format === 'guid') return 'id';
  if (def.format === 'date' || def.format === 'datetime') return 'date';
  return 'text';
}

/** The top-level fields a zod input schema accepts, each with what it holds. */
export function schemaFields(schema: unknown): Record<string, FieldKind> {
  const def = unwrap(schema);
  if (def?.type === 'object') {
    return Object.fromEntries(
      Object.entries(def.shape as Record<string, unknown>).map(([key, field]) => [key, kindOfSchema(field)]),
    );
  }
  if (def?.type === 'union') return Object.assign({}, ...(def.options as unknown[]).map(schemaFields));
  if (def?.type === 'intersection') return { ...schemaFields(def.left), ...schemaFields(def.right) };
  return {};
}
