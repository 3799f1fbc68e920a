import type { Database } from '@tindak/db';
import type { Compilable, CompiledQuery } from 'kysely';

/**
 * A statement of fixed shape that runs on every request, or once per mail or digest on the job
 * threads, built and compiled by Kysely once per process; each call only puts its values in.
 * Building a query (immutable nodes, the snake_case transform, compiling) costs more CPU than
 * running a short one (docs/benchmarks.md, "The app's own cost per request"; for the weekly
 * digest's 20,000 digests and mails, "Issue 20, eleventh round"). `markers` are the values the
 * statement is compiled with: each must be distinct and must not also appear in the statement as a
 * constant, so its parameter slot is found (`marker` makes one).
 */
export function compiledOnce<Args extends readonly unknown[], Row>(
  build: (db: Database, ...args: Args) => Compilable<Row>,
  markers: { readonly [K in keyof Args]: unknown },
) {
  let compiled: { query: CompiledQuery<Row>; slots: number[] } | null = null;
  return async (db: Database, ...args: Args): Promise<Row[]> => {
    if (!compiled) {
      // The markers stand in for the arguments: compiled, never sent.
      const query = build(db, ...(markers as unknown as Args)).compile();
      const slots = query.parameters.map((value) => markers.indexOf(value));
      for (let slot = 0; slot < markers.length; slot += 1)
        if (slots.filter((s) => s === slot).length !== 1)
          throw new Error(`compiledOnce: marker ${slot} is not exactly one parameter of ${query.sql}`);
      compiled = { query, slots };
    }
    const { query, slots } = compiled;
    const parameters = slots.map((slot, index) => (slot >= 0 ? args[slot] : query.parameters[index]));
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}

/**
 * A marker for `compiledOnce`: a string no real value is (it starts with a NUL). It stands in for
 * an argument of any type: the statement it is compiled into is never sent with it.
 */
export function marker(name: string): string {
  return `\u0000${name}`;
}
