import { type Database, JOB_SCHEMA, type QueueName } from '@tindak/db';
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import { sendOptions } from './config';

/**
 * pg-boss used only to build its INSERT: every send goes through the caller's transaction (the
 * `db` option), never through a pool of its own, so it needs no connection and is never started.
 */
const sender = new PgBoss({ connectionString: 'postgres://unused@localhost/unused', schema: JOB_SCHEMA });

/**
 * Enqueues a job in the caller's transaction: if the change rolls back, the job was never there;
 * if it commits, the job is there too. Returns the job id, or null when pg-boss dropped it as a
 * duplicate (singletonKey).
 */
export async function enqueue(
  trx: Database,
  queue: QueueName,
  data: Record<string, unknown>,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  if (!trx.isTransaction) throw new Error(`enqueue(${queue}) must run inside a transaction`);
  return sender.send(queue, data, {
    ...sendOptions(),
    ...options,
    db: {
      async executeSql(text, values) {
        const result = await trx.executeQuery(CompiledQuery.raw(text, values));
        return { rows: result.rows as unknown[] as never[] };
      },
    },
  });
}
