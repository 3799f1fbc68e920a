import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { runHousekeeping } from '../src/jobs/worker';
import { RECEIPT_RETENTION_DAYS } from '../src/services/request-receipt';
import { useTestApi } from './support';

/**
 * Issue 20: request receipts (one per change a device may resend) are kept for a month, then the
 * nightly housekeeping job clears them in batches.
 */
const api = useTestApi();
const day = 24 * 60 * 60 * 1000;

/** `count` receipts of the head's, each `ageDays` old as of `now`, with fresh random keys. */
async function receipts(count: number, ageDays: number, now: Date) {
  await sql`
    insert into request_receipts (idempotency_key, user_id, procedure, result, created_at)
    select gen_random_uuid(), ${api.head.id}, 'actionItems.comment', '{"id":"x"}'::jsonb,
           ${new Date(now.getTime() - ageDays * day).toISOString()}::timestamptz
    from generate_series(1, ${count})`.execute(api.database.db);
}

async function ages(now: Date) {
  const rows = await api.database.db
    .selectFrom('requestReceipts')
    .select('createdAt')
    .where('userId', '=', api.head.id)
    .execute();
  return rows.map((row) => Math.round((now.getTime() - new Date(row.createdAt).getTime()) / day));
}

describe('nightly housekeeping', () => {
  it('clears receipts past the retention, in batches, and keeps the younger ones', async () => {
    const now = new Date('2026-12-07T19:30:00Z');
    await api.database.db.deleteFrom('requestReceipts').execute();
    // More than one batch of old ones, some just past the line, and young ones that must stay.
    await receipts(5003, RECEIPT_RETENTION_DAYS + 10, now);
    await receipts(2, RECEIPT_RETENTION_DAYS + 1, now);
    await receipts(3, RECEIPT_RETENTION_DAYS - 1, now);
    await receipts(4, 0, now);

    expect(await runHousekeeping(api.database.db, now)).toEqual({ receipts: 5005 });
    const young = RECEIPT_RETENTION_DAYS - 1;
    expect((await ages(now)).sort((a, b) => a - b)).toEqual([0, 0, 0, 0, young, young, young]);

    // A second run finds nothing more to do.
    expect(await runHousekeeping(api.database.db, now)).toEqual({ receipts: 0 });
    expect(await ages(now)).toHaveLength(7);
  });
});
