import { type Kysely, sql } from 'kysely';

// Frozen in time: the secretariat drafts follow-ups from a meeting's minutes ('draft'), which a
// head of the host office then assigns. The status check gains the new value.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table action_items drop constraint action_items_status_check`.execute(db);
  await sql`alter table action_items add constraint action_items_status_check check (status in
    ('draft', 'open', 'in_progress', 'awaiting_verification', 'done', 'blocked', 'cancelled'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from action_items where status = 'draft'`.execute(db);
  await sql`alter table action_items drop constraint action_items_status_check`.execute(db);
  await sql`alter table action_items add constraint action_items_status_check check (status in
    ('open', 'in_progress', 'awaiting_verification', 'done', 'blocked', 'cancelled'))`.execute(db);
}
