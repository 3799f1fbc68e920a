import { sql } from 'kysely';
import PgBoss10 from 'pg-boss-v10';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { installJobSchema, JOB_SCHEMA, queues } from '../src/jobs';
import { createTestDatabase, type TestDatabase } from '../src/testing';

/**
 * A database that ran Tindak with pg-boss 10 (schema version 24, which pg-boss 12 cannot migrate):
 * installing the job schema sets it aside, installs pg-boss 12's and carries the waiting jobs over.
 */
let database: TestDatabase;
const waiting: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  await sql`drop schema ${sql.id(JOB_SCHEMA)} cascade`.execute(database.db);
  const old = new PgBoss10({ connectionString: database.url, schema: JOB_SCHEMA, max: 2, supervise: false });
  old.on('error', () => {});
  await old.start();
  for (const name of [queues.dead, queues.sendEmailDead, queues.sendEmail, queues.notify]) {
    await old.createQueue(name, { name });
  }
  const options = { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 };
  waiting.email = (await old.send(queues.sendEmail, { emailId: 'surel-1' }, options)) as string;
  waiting.later = (await old.send(
    queues.sendEmail,
    { emailId: 'surel-2' },
    { ...options, startAfter: 3600 },
  )) as string;
  const done = (await old.send(queues.notify, { eventId: 7 }, options)) as string;
  const [fetched] = await old.fetch(queues.notify);
  expect(fetched?.id).toBe(done);
  await old.complete(queues.notify, done);
  await old.stop({ graceful: false, wait: true });
});

afterAll(async () => {
  await database?.drop();
});

type Row = {
  id: string;
  name: string;
  state: string;
  data: unknown;
  retryLimit: number;
  startsLater: boolean;
};
const jobs = () =>
  sql<Row>`select id, name, state::text, data, retry_limit as "retryLimit", start_after > now() + interval '30 minutes' as "startsLater"
    from ${sql.table(`${JOB_SCHEMA}.job`)} order by created_on`.execute(database.db);

it('upgrades a pg-boss 10 schema, keeping the jobs that had not run, once', async () => {
  await installJobSchema(database.url);
  const version = await sql<{
    version: number;
  }>`select version::int from ${sql.table(`${JOB_SCHEMA}.version`)}`.execute(database.db);
  expect(version.rows[0]?.version).toBeGreaterThanOrEqual(25);
  const aside = await sql`select 1 from pg_namespace where nspname = ${`${JOB_SCHEMA}_v10`}`.execute(
    database.db,
  );
  expect(aside.rows).toHaveLength(0);
  const carried = await jobs();
  expect(carried.rows).toEqual([
    {
      id: waiting.email,
      name: queues.sendEmail,
      state: 'created',
      data: { emailId: 'surel-1' },
      retryLimit: 8,
      startsLater: false,
    },
    {
      id: waiting.later,
      name: queues.sendEmail,
      state: 'created',
      data: { emailId: 'surel-2' },
      retryLimit: 8,
      startsLater: true,
    },
  ]);
  const queueNames = await sql<{
    name: string;
  }>`select name from ${sql.table(`${JOB_SCHEMA}.queue`)} order by name`.execute(database.db);
  expect(queueNames.rows.map((q) => q.name)).toEqual(Object.values(queues).sort());

  await installJobSchema(database.url);
  expect((await jobs()).rows.map((job) => job.id)).toEqual([waiting.email, waiting.later]);
});
