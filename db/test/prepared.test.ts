import { sql } from 'kysely';
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { createDb, type Database } from '../src/client';
import { preparePoolQueries } from '../src/prepared';
import { createTestDatabase } from '../src/testing';

/**
 * A fresh database seen through one connection with prepared statements: pg_prepared_statements
 * lists the statements of the session that asks.
 */
async function withPreparedDb(use: (db: Database) => Promise<void>, genericPlans = false) {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  const db = createDb({ connectionString: test.url, max: 1, prepare: true, genericPlans });
  try {
    await use(db);
  } finally {
    await db.destroy();
    await test.drop();
  }
}

it('sends parameterised queries as named prepared statements, once per text, on one connection', async () => {
  await withPreparedDb(async (db) => {
    const region = (code: string) =>
      db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();
    expect(await region('15')).toEqual({ name: 'Provinsi Jambi' });
    expect(await region('15.09')).toEqual({ name: 'Kabupaten Tebo' });
    await db.transaction().execute(async (trx) => {
      expect(
        await trx.selectFrom('regions').select('code').where('code', '=', '16').executeTakeFirst(),
      ).toEqual({
        code: '16',
      });
    });
    const prepared = await sql<{ name: string; statement: string; generic: number; custom: number }>`
      select name, statement, generic_plans::int as generic, custom_plans::int as custom
      from pg_prepared_statements order by prepare_time`.execute(db);
    // The two texts with parameters, each prepared once and executed as such; not `begin`, not this one.
    expect(prepared.rows.map((r) => r.statement)).toEqual([
      'select "name" from "regions" where "code" = $1',
      'select "code" from "regions" where "code" = $1',
    ]);
    expect(prepared.rows[0]?.name).toMatch(/^t[\w-]{27}$/);
    expect((prepared.rows[0]?.generic ?? 0) + (prepared.rows[0]?.custom ?? 0)).toBe(2);
  });
});

it("plans each prepared statement once, generically, from its first run (the job threads')", async () => {
  await withPreparedDb(async (db) => {
    // Left to choose, PostgreSQL plans the first five runs of a statement each on its own.
    for (const code of ['15', '15.01', '15.02']) {
      await db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();
    }
    const plans = await sql<{ generic: number; custom: number }>`
      select generic_plans::int as generic, custom_plans::int as custom
      from pg_prepared_statements where statement like '%regions%'`.execute(db);
    expect(plans.rows).toEqual([{ generic: 3, custom: 0 }]);
  }, true);
  // The API's connections prepare too, and leave the choice of plan to PostgreSQL.
  await withPreparedDb(async (db) => {
    const mode = await sql<{ planCacheMode: string }>`show plan_cache_mode`.execute(db);
    expect(mode.rows).toEqual([{ planCacheMode: 'auto' }]);
  });
});

it('prepares at most 256 texts per connection and runs the rest unnamed', async () => {
  await withPreparedDb(async (db) => {
    for (let n = 0; n < 260; n += 1) {
      const row = await sql<{ n: number }>`select ${n}::int + ${sql.lit(n)} as n`.execute(db);
      expect(row.rows[0]?.n).toBe(2 * n);
    }
    const count = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db);
    expect(count.rows[0]?.n).toBe(256);
  });
});

it('prepares a statement afresh after a migration changed the table under it', async () => {
  await withPreparedDb(async (db) => {
    await sql`create table uji (id int primary key, name text)`.execute(db);
    await sql`insert into uji values (1, 'Kerinci')`.execute(db);
    const read = () => sql<Record<string, unknown>>`select * from uji where id = ${1}`.execute(db);
    expect((await read()).rows).toEqual([{ id: 1, name: 'Kerinci' }]);
    await sql`alter table uji add column region_code text default '15.01'`.execute(db);
    // The statement prepared before cannot return the new column: that one use fails…
    await expect(read()).rejects.toMatchObject({ code: '0A000' });
    // …and the next prepares the text again.
    expect((await read()).rows).toEqual([{ id: 1, name: 'Kerinci', regionCode: '15.01' }]);
  });
});

it("prepares a pool's own pool.query calls (pg-boss's) once per text, and leaves callback calls as they were", async () => {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  const pool = new pg.Pool({ connectionString: test.url, max: 1 });
  try {
    preparePoolQueries(pool);
    const sum = (n: number) => pool.query<{ n: number }>('select $1::int + 1 as n', [n]);
    expect((await sum(1)).rows).toEqual([{ n: 2 }]);
    expect((await sum(41)).rows).toEqual([{ n: 42 }]);
    const viaCallback = await new Promise<number>((resolve, reject) =>
      pool.query<{ n: number }>('select $1::int * 2 as n', [21], (error, result) =>
        error ? reject(error) : resolve(result.rows[0]?.n ?? 0),
      ),
    );
    expect(viaCallback).toBe(42);
    const prepared = await pool.query<{ name: string; statement: string; runs: number }>(
      'select name, statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements',
    );
    expect(prepared.rows.map(({ statement, runs }) => ({ statement, runs }))).toEqual([
      { statement: 'select $1::int + 1 as n', runs: 2 },
    ]);
    expect(prepared.rows[0]?.name).toMatch(/^t[\w-]{27}$/);
  } finally {
    await pool.end();
    await test.drop();
  }
});
