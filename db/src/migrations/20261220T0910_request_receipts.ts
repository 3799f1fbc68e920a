import { type Kysely, sql } from 'kysely';

// Frozen in time: a receipt for each change a device may send twice (a phone resending what it
// queued offline after the first answer was lost). Written in the same transaction as the change,
// so a replay with the same key finds it and returns the first outcome instead of applying again.
// Keys are per user: another account sending the same key is a different request.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_receipts')
    .addColumn('idempotency_key', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('request_receipts_user_id_idempotency_key_key', ['user_id', 'idempotency_key'])
    .execute();
  // For clearing old receipts by age.
  await db.schema
    .createIndex('request_receipts_created_at_idx')
    .on('request_receipts')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_receipts').execute();
}
