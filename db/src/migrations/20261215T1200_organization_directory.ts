import { type Kysely, sql } from 'kysely';

// Frozen in time: offices can be deactivated (no longer offered for new records, still shown on
// the old ones) and merged: a duplicate record stays, deactivated, pointing at the office it was
// merged into, so every event and link that names it still leads somewhere (docs/decisions.md).
// Works on PostgreSQL 15 and 18.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organizations
    add column active boolean not null default true,
    add column merged_into uuid references organizations (id),
    add constraint organizations_merged_inactive check (merged_into is null or not active),
    add constraint organizations_not_merged_into_itself check (merged_into <> id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table organizations
    drop constraint organizations_not_merged_into_itself,
    drop constraint organizations_merged_inactive,
    drop column merged_into,
    drop column active`.execute(db);
}
