import { AsyncLocalStorage } from 'node:async_hooks';
import { type Database, JOB_SCHEMA, type QueueName } from '@tindak/db';
import { type Db, fromKysely, PgBoss, type SendOptions } from 'pg-boss';
import { sendOptions } from './config';

/** The transaction of the enqueue in progress (the sender below has no connection of its own). */
const callerTransaction = new AsyncLocalStorage<Db>();

/**
 * pg-boss used only to build its INSERT. It is never started and has no pool: every statement it
 * sends, the job's INSERT and the one read of a queue's settings the first time it sends to that
 * queue, runs in the caller's transaction.
 */
const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql(text, values) {
      const db = callerTransaction.getStore();
      if (!db) throw new Error('the job sender runs only inside enqueue()');
      return db.executeSql(text, values);
    },
  },
  supervise: false,
  schedule: false,
  migrate: false,
  registerInstance: false,
});

/**
 * Enqueues a job in the caller's transaction: if the change rolls back, the job was never there;
 * if it commits, the job is there too. Returns the job id, or null when pg-boss dropped it as a
 * duplicate (singletonKey).
 */
export function enqueue(
  trx: Database,
  queue: QueueName,
  data: Record<string, unknown>,
  options: SendOptions = {},
): Promise<string | null> {
  if (!trx.isTransaction) throw new Error(`enqueue(${queue}) must run inside a transaction`);
  const db = fromKysely(trx);
  return callerTransaction.run(db, () => sender.send(queue, data, { ...sendOptions(), ...options, db }));
}
