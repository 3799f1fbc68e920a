import { type Kysely, sql } from 'kysely';

// Frozen in time: what the weekly digest reads and writes for each of 20,000 readers.
// - "Changed last week" and "resolved last week" are time windows: without an index on the instant
//   every reader's digest walked all commitments (and all done items in scope).
// - A staff member's digest lists the open items assigned to them or to their office as a whole:
//   the office's unassigned open items get a partial index (the office index reads every item the
//   office ever had to find them).
// - The proposals a region sees start from the offices that made them, which needs
//   proposal_proposers by office (its key leads with the proposal).
// - Outbox bodies (a digest is a few hundred KB of HTML) are compressed with lz4 where the server
//   has it: several times faster than the default pglz to write and read, about as small.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index commitments_updated_idx on commitments (updated_at)`.execute(db);
  await sql`create index action_items_completed_idx on action_items (completed_at) where status = 'done'`.execute(
    db,
  );
  await sql`create index action_items_office_open_idx on action_items (owner_organization_id, due_on)
    where owner_person_id is null and status in ('open', 'in_progress', 'awaiting_verification', 'blocked')`.execute(
    db,
  );
  await sql`create index proposal_proposers_organization_idx on proposal_proposers (organization_id, proposal_id)`.execute(
    db,
  );
  if (await hasLz4(db)) {
    await sql`alter table emails alter column html set compression lz4,
      alter column text_body set compression lz4`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table emails alter column html set compression default,
    alter column text_body set compression default`.execute(db);
  await sql`drop index proposal_proposers_organization_idx`.execute(db);
  await sql`drop index action_items_office_open_idx`.execute(db);
  await sql`drop index action_items_completed_idx`.execute(db);
  await sql`drop index commitments_updated_idx`.execute(db);
}

/** lz4 is a build option of PostgreSQL (on in the usual packages); without it, keep pglz. */
async function hasLz4(db: Kysely<any>): Promise<boolean> {
  const result = await sql<{ lz4: boolean }>`
    select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`.execute(
    db,
  );
  return result.rows[0]?.lz4 === true;
}
