import { type Kysely, sql } from 'kysely';

// Frozen in time: notification preferences, followed commitments, the notifications each event
// produced, the mail outbox, and one row per user per digest period (the exactly-once guarantee).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('notify_mode', 'text', (c) =>
      c.notNull().defaultTo('immediate').check(sql`notify_mode in ('immediate', 'daily', 'weekly')`),
    )
    .execute();

  await db.schema
    .createTable('commitment_followers')
    .addColumn('commitment_id', 'uuid', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('commitment_followers_pk', ['commitment_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('commitment_followers_user_idx')
    .on('commitment_followers')
    .column('user_id')
    .execute();

  // Every mail that left (or tried to leave): the outbox page, the retry button and the
  // idempotency of sending all read this table. dedupe_key makes "queue this mail" safe to repeat.
  await db.schema
    .createTable('emails')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('notification', 'daily', 'digest', 'invite', 'reset')`),
    )
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('id', 'en')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('preview', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    // Links that sign someone in (invitations, resets) are blanked once the mail has gone out.
    .addColumn('sensitive', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sent', 'failed')`),
    )
    .addColumn('transport', 'text', (c) => c.check(sql`transport in ('smtp', 'outbox')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('message_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('emails_user_created_idx')
    .on('emails')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema.createIndex('emails_created_idx').on('emails').columns(['created_at', 'id']).execute();
  await sql`create index emails_unsent_idx on emails (status) where status <> 'sent'`.execute(db);

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // "event:123" for a change, "dueSoon3:<item>:<due date>" for a deadline: one notice each.
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event_id', 'bigint', (c) => c.references('events.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('delivery', 'text', (c) =>
      c.notNull().check(sql`delivery in ('immediate', 'daily', 'weekly')`),
    )
    .addColumn('email_id', 'uuid', (c) => c.references('emails.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('notifications_user_dedupe_uq', ['user_id', 'dedupe_key'])
    .execute();
  await sql`create index notifications_daily_idx on notifications (user_id, created_at) where delivery = 'daily' and email_id is null`.execute(
    db,
  );

  // The guarantee behind "one digest per user per week": whoever inserts this row first sends it;
  // every other attempt (retry, duplicate job, second worker) finds it and stops.
  await db.schema
    .createTable('digest_deliveries')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('weekly', 'daily')`))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'empty')`))
    .addColumn('email_id', 'uuid', (c) => c.references('emails.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('digest_deliveries_pk', ['user_id', 'kind', 'period'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['digest_deliveries', 'notifications', 'emails', 'commitment_followers']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('users').dropColumn('notify_mode').execute();
}
