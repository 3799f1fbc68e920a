import type pg from 'pg';
import type { JobInsert, PgBoss } from 'pg-boss';

/**
 * The upgrade from pg-boss 10. pg-boss 11 rewrote its schema (version 25) with no migration from
 * pg-boss 10's (version 24), and pg-boss 12 migrates only from 25 on: started on a pg-boss 10
 * schema it stops with "Cannot migrate pg-boss schema from version 24". So the old schema is set
 * aside under another name, pg-boss 12 installs its own, and the jobs still waiting (or running when
 * the old workers stopped) are carried over before the old schema is dropped. Every job is safe to
 * run twice, so a job that was running starts again.
 */
const VERSION_10_SCHEMA = 24;
const FIRST_VERSION_11_SCHEMA = 25;

const asideName = (schema: string) => `${schema}_v10`;

/** Renames a pg-boss 10 schema out of the way; anything else is left as it is. */
export async function setAsideVersion10Schema(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ table: string | null }>('select to_regclass($1)::text as "table"', [
    `${schema}.version`,
  ]);
  if (!rows[0]?.table) return;
  const version = Number((await client.query(`select version from ${schema}.version`)).rows[0]?.version);
  if (version >= FIRST_VERSION_11_SCHEMA) return;
  if (version !== VERSION_10_SCHEMA) {
    throw new Error(
      `The job schema "${schema}" is at pg-boss schema version ${version}, older than pg-boss 10's (${VERSION_10_SCHEMA}): ` +
        'run a Tindak release with pg-boss 10 on it first.',
    );
  }
  await client.query(`alter schema ${schema} rename to ${asideName(schema)}`);
}

type OldJob = {
  id: string;
  name: string;
  data: object | null;
  priority: number;
  retry_limit: number;
  retry_delay: number;
  retry_backoff: boolean;
  start_after: Date;
  singleton_key: string | null;
  expire_seconds: number;
};

/**
 * Moves the jobs of `queueNames` that had not finished from the set-aside pg-boss 10 schema into
 * pg-boss 12's, keeping their ids, then drops the old schema. Runs again harmlessly after a crash:
 * a job already carried over keeps its id and is not inserted twice. Returns how many were moved.
 */
export async function carryOverVersion10Jobs(
  client: pg.Client,
  boss: PgBoss,
  schema: string,
  queueNames: readonly string[],
): Promise<number> {
  const aside = asideName(schema);
  const found = await client.query('select 1 from pg_namespace where nspname = $1', [aside]);
  if (found.rowCount === 0) return 0;
  const { rows } = await client.query<OldJob>(
    `select id, name, data, priority, retry_limit, retry_delay, retry_backoff, start_after, singleton_key,
            extract(epoch from expire_in)::int as expire_seconds
       from ${aside}.job
      where state in ('created', 'retry', 'active') and name = any($1::text[])
      order by created_on`,
    [queueNames],
  );
  const byQueue = new Map<string, OldJob[]>();
  for (const job of rows) {
    const list = byQueue.get(job.name);
    if (list) list.push(job);
    else byQueue.set(job.name, [job]);
  }
  for (const [name, jobs] of byQueue) {
    const inserts: JobInsert[] = jobs.map((job) => ({
      id: job.id,
      data: job.data ?? {},
      priority: job.priority,
      retryLimit: job.retry_limit,
      retryDelay: job.retry_delay,
      retryBackoff: job.retry_backoff,
      startAfter: job.start_after,
      expireInSeconds: job.expire_seconds,
      ...(job.singleton_key ? { singletonKey: job.singleton_key } : {}),
    }));
    for (let i = 0; i < inserts.length; i += 1000) await boss.insert(name, inserts.slice(i, i + 1000));
  }
  await client.query(`drop schema ${aside} cascade`);
  return rows.length;
}
