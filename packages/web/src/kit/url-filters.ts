import { isOneOf } from '@tindak/shared';
import { useSearchParams } from 'react-router';

/**
 * A list's filters live in the address, so a filtered list can be shared and survives a reload.
 * Every list page describes its parameters with these fields and reads and writes them through one
 * codec: a hand-edited link that got a value wrong loses that filter instead of failing the page.
 */
export interface UrlField<T> {
  read(params: URLSearchParams): T;
  /** Sets the parameter, or removes it when the value is the field's default (no filter). */
  write(params: URLSearchParams, value: T): void;
  /** The value of "no filter", which never appears in the address. */
  empty: T;
}

/** A shared zod schema (the same check the API makes on the value) or a plain check (checkedBy). */
export interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/**
 * A plain check from @tindak/shared (`isUuid`, `isRegionCode`, `isDateOnly`, a closed list) as a
 * parser: for filters read on pages that must not load the schemas (Beranda links to the lists).
 */
export function checkedBy<T extends string>(check: (value: unknown) => value is T): Parser<T> {
  return { safeParse: (input) => (check(input) ? { success: true, data: input } : { success: false }) };
}

/** One of a closed list such as `actionItemStatuses`, without its zod enum. */
export function oneOfList<const T extends string>(values: readonly T[]): Parser<T> {
  return checkedBy((input): input is T => isOneOf(values, input));
}

/** One value checked by a shared schema, e.g. `?wilayah=15.01` with `regionCodeSchema`. */
export function oneOf<T extends string>(name: string, schema: Parser<T>): UrlField<T | undefined> {
  return {
    read: (params) => {
      const parsed = schema.safeParse(params.get(name));
      return parsed.success ? parsed.data : undefined;
    },
    write: (params, value) => (value ? params.set(name, value) : params.delete(name)),
    empty: undefined,
  };
}

/** Any number of values, repeated (`?status=open&status=done`); invalid and repeated ones are dropped. */
export function manyOf<T extends string>(name: string, schema: Parser<T>): UrlField<T[]> {
  return {
    read: (params) => {
      const values = params.getAll(name).flatMap((raw) => {
        const parsed = schema.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
      return [...new Set(values)];
    },
    write: (params, values) => {
      params.delete(name);
      for (const value of values) params.append(name, value);
    },
    empty: [],
  };
}

/**
 * A value shown in the address as an Indonesian word, like the paths (`?urut=terbaru`). `fallback` is
 * the value meant when the parameter is absent or unknown; it is never written.
 */
export function wordFor<T extends string>(
  name: string,
  words: Record<T, string>,
  fallback: NoInfer<T>,
): UrlField<T>;
export function wordFor<T extends string>(name: string, words: Record<T, string>): UrlField<T | undefined>;
export function wordFor<T extends string>(
  name: string,
  words: Record<T, string>,
  fallback?: T,
): UrlField<T | undefined> {
  const entries = Object.entries(words) as [T, string][];
  return {
    read: (params) => entries.find(([, word]) => word === params.get(name))?.[0] ?? fallback,
    write: (params, value) =>
      value && value !== fallback ? params.set(name, words[value]) : params.delete(name),
    empty: fallback,
  };
}

/** A yes/no filter, present only when on (`?terlambat=ya`). */
export function flag(name: string, word: string): UrlField<boolean> {
  return {
    read: (params) => params.get(name) === word,
    write: (params, on) => (on ? params.set(name, word) : params.delete(name)),
    empty: false,
  };
}

/** Free text such as a search; trimmed, and cut at `max` characters as the field allows. */
export function searchText(name: string, max: number): UrlField<string> {
  return {
    read: (params) => (params.get(name) ?? '').trim().slice(0, max),
    write: (params, value) => (value ? params.set(name, value) : params.delete(name)),
    empty: '',
  };
}

type Fields = Record<string, UrlField<unknown>>;
export type UrlValues<F extends Fields> = { [K in keyof F]: F[K] extends UrlField<infer T> ? T : never };

export interface UrlCodec<F extends Fields> {
  fields: F;
  read(params: URLSearchParams): UrlValues<F>;
  /**
   * The address with these values, a field left out counting as "no filter"; parameters of other
   * codecs and unknown ones are kept.
   */
  write(params: URLSearchParams, values: Partial<UrlValues<F>>): URLSearchParams;
  /** Every field at "no filter". */
  empty: UrlValues<F>;
  /** How many fields narrow the list, leaving out `ignore` (an order is not a filter). */
  activeCount(values: UrlValues<F>, ignore?: readonly (keyof F)[]): number;
}

function isEmptyValue(value: unknown, empty: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return value === empty || value === undefined || value === '' || value === false;
}

export function urlCodec<F extends Fields>(fields: F): UrlCodec<F> {
  const keys = Object.keys(fields) as (keyof F & string)[];
  const map = <T>(pick: (field: UrlField<unknown>) => T) =>
    Object.fromEntries(keys.map((key) => [key, pick(fields[key] as UrlField<unknown>)])) as {
      [K in keyof F]: T;
    };
  return {
    fields,
    read: (params) => map((field) => field.read(params)) as UrlValues<F>,
    write: (params, values) => {
      const next = new URLSearchParams(params);
      for (const key of keys) {
        const field = fields[key] as UrlField<unknown>;
        field.write(next, values[key] ?? field.empty);
      }
      return next;
    },
    empty: map((field) => field.empty) as UrlValues<F>,
    activeCount: (values, ignore = []) =>
      keys.filter(
        (key) =>
          !ignore.includes(key) && !isEmptyValue(values[key], (fields[key] as UrlField<unknown>).empty),
      ).length,
  };
}

/**
 * The codec's values in the current address, and a setter. Setting replaces the history entry, so
 * Back means "the page before the list", not every filter tweak; `push` is for a page where each
 * setting is a new answer worth going back to (a search).
 */
export function useUrlFilters<F extends Fields>(
  codec: UrlCodec<F>,
  { push = false }: { push?: boolean } = {},
): [UrlValues<F>, (next: Partial<UrlValues<F>>) => void] {
  const [params, setParams] = useSearchParams();
  // Like a state setter: the fields given change, the others stay as the address has them.
  const set = (next: Partial<UrlValues<F>>) =>
    setParams((current) => codec.write(current, { ...codec.read(current), ...next }), {
      replace: !push,
    });
  return [codec.read(params), set];
}
