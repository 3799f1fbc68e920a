import { type Kysely, sql } from 'kysely';

// Frozen in time: sign-in counts failures, and an account that keeps failing from many addresses
// is slowed down rather than locked. The slow-down is measured from the last failure, so each
// counter remembers when it was last hit.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('rate_limits')
    .addColumn('last_hit_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rate_limits').dropColumn('last_hit_at').execute();
}
