import { type Kysely, sql } from 'kysely';

// Frozen in time: a staff member's "done last week" is the items they, or their office as a whole,
// completed in a window of days. Without these, every reader's digest intersected the office's
// whole history with every item the country completed that week (two bitmaps of thousands).
// A region's proposals awaiting a decision: the region's set of proposals (thousands, most already
// decided) is probed against the few awaiting one, from the index alone instead of every row; the
// region's meetings lead to their proposals from the index alone too (meeting, proposal).
// Commitments changed last week: the country's few thousand are matched to the region from the
// index alone (it carries the columns that tie a commitment to a region), not read row by row.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index action_items_person_done_idx on action_items (owner_person_id, completed_at)
    where status = 'done'`.execute(db);
  await sql`create index action_items_office_done_idx on action_items (owner_organization_id, completed_at)
    where status = 'done' and owner_person_id is null`.execute(db);
  await sql`create index proposals_awaiting_idx on proposals (id, created_at)
    where status in ('submitted', 'under_review')`.execute(db);
  await sql`create index proposal_meetings_meeting_proposal_idx on proposal_meetings (meeting_id, proposal_id)`.execute(
    db,
  );
  await sql`drop index proposal_meetings_meeting_idx`.execute(db);
  await sql`create index commitments_updated_cover_idx on commitments (updated_at)
    include (id, owner_organization_id, committed_by_organization_id, meeting_id)`.execute(db);
  await sql`drop index commitments_updated_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index commitments_updated_idx on commitments (updated_at)`.execute(db);
  await sql`drop index commitments_updated_cover_idx`.execute(db);
  await sql`create index proposal_meetings_meeting_idx on proposal_meetings (meeting_id)`.execute(db);
  await sql`drop index proposal_meetings_meeting_proposal_idx`.execute(db);
  await sql`drop index proposals_awaiting_idx`.execute(db);
  await sql`drop index action_items_office_done_idx`.execute(db);
  await sql`drop index action_items_person_done_idx`.execute(db);
}
