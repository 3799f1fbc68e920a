import type { Database } from '@tindak/db';
import type { Context } from '../context';
import { BadRequestError } from '../errors';

/**
 * A change a device may send more than once (queued offline, resent when the first answer was
 * lost): the procedure it was and the record it changed. A replay returns that record as it is now,
 * which includes the first send's change, instead of applying it again.
 */
export interface ReceiptRequest {
  procedure: string;
  idempotencyKey?: string | undefined;
}

export interface ReceiptResult {
  id: string;
}

/** The receipt this user holds for the key, if any; a key sent for another procedure is refused. */
export async function findReceipt(ctx: Context, request: ReceiptRequest): Promise<ReceiptResult | undefined> {
  const userId = ctx.actor.id;
  // The system (seed, jobs) sends no keys; receipts belong to signed-in people.
  if (!request.idempotencyKey || !userId) return undefined;
  const row = await ctx.db
    .selectFrom('requestReceipts')
    .select(['procedure', 'result'])
    .where('userId', '=', userId)
    .where('idempotencyKey', '=', request.idempotencyKey)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.procedure !== request.procedure)
    throw new BadRequestError('idempotencyKeyReused', 'idempotencyKey');
  return row.result as unknown as ReceiptResult;
}

/**
 * Written inside the change's own transaction, so a receipt exists exactly when the change does.
 * A concurrent send with the same key waits on the unique index and then fails; see `onceByReceipt`.
 */
export async function writeReceipt(
  trx: Database,
  ctx: Context,
  request: ReceiptRequest,
  result: ReceiptResult,
): Promise<void> {
  const userId = ctx.actor.id;
  if (!request.idempotencyKey || !userId) return;
  if (!trx.isTransaction) throw new Error(`writeReceipt(${request.procedure}) must run inside a transaction`);
  await trx
    .insertInto('requestReceipts')
    .values({
      idempotencyKey: request.idempotencyKey,
      userId,
      procedure: request.procedure,
      result: JSON.stringify(result),
    })
    .execute();
}

/**
 * Runs `change` unless this user already has a receipt for the key; if a concurrent send with the
 * same key committed first (unique violation on the receipt, or whatever `change` throws after
 * losing that race, such as a stale version), the first send's record is returned instead.
 */
export async function onceByReceipt<View>(
  ctx: Context,
  request: ReceiptRequest,
  change: () => Promise<View>,
  replay: (result: ReceiptResult) => Promise<View>,
): Promise<View> {
  const earlier = await findReceipt(ctx, request);
  if (earlier) return replay(earlier);
  try {
    return await change();
  } catch (error) {
    if (!request.idempotencyKey) throw error;
    const won = await findReceipt(ctx, request);
    if (won) return replay(won);
    throw error;
  }
}

/**
 * How long a receipt is kept. A device resends a change whose answer was lost within seconds of
 * being online again (it retries every 10 s), so a month covers a phone that went offline at the
 * worst moment and stayed in a blank-spot area for weeks; after that the key is never sent again.
 */
export const RECEIPT_RETENTION_DAYS = 30;

/** Rows deleted per statement: a short lock and a small WAL burst each, however many are due. */
const PURGE_BATCH = 5000;

/**
 * Deletes receipts older than the retention, a batch at a time (the nightly housekeeping job).
 * Returns how many went.
 */
export async function purgeOldReceipts(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - RECEIPT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  let purged = 0;
  for (;;) {
    const result = await db
      .deleteFrom('requestReceipts')
      .where(({ eb, selectFrom }) =>
        eb(
          'idempotencyKey',
          'in',
          selectFrom('requestReceipts')
            .select('idempotencyKey')
            .where('createdAt', '<', before)
            .limit(PURGE_BATCH),
        ),
      )
      .where('createdAt', '<', before)
      .executeTakeFirst();
    const count = Number(result.numDeletedRows);
    purged += count;
    if (count < PURGE_BATCH) return purged;
  }
}
