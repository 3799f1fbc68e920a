import { type Kysely, sql } from 'kysely';

// Frozen in time: indexes chosen with EXPLAIN ANALYZE on the national benchmark data set
// (docs/benchmarks.md).
//
// Scope filters read "this region and everything beneath it" as one byte-order range,
// `region_code ~>=~ '15' and region_code ~<~ '15/'`. Under a linguistic collation (C.UTF-8,
// en_US.UTF-8) a plain btree cannot serve it and PostgreSQL walked the whole index; a
// text_pattern_ops index serves it as one range. These replace the plain region indexes.
//
// On action_items the region index also carries what the head's dashboard counts (status, owner
// office, dates): the completion table and the 12-week trend become index-only scans instead of
// visiting some 10,000 scattered rows of a province. "My items" on the dashboard walk the open
// items of one owner through partial indexes that leave the (many) finished ones out.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index action_items_region_prefix_idx on action_items (region_code text_pattern_ops, status)
    include (id, owner_organization_id, due_on, created_at, completed_at)`.execute(db);
  await sql`drop index action_items_region_idx`.execute(db);
  // A regency's open follow-ups by deadline (the list as a provincial head filters it).
  await sql`create index action_items_region_open_idx on action_items (region_code text_pattern_ops, due_on, id)
    where status not in ('done', 'cancelled')`.execute(db);
  await sql`create index action_items_owner_org_open_idx on action_items (owner_organization_id, due_on, id)
    where status not in ('done', 'cancelled')`.execute(db);
  await sql`create index action_items_owner_person_open_idx on action_items (owner_person_id, due_on, id)
    where status not in ('done', 'cancelled')`.execute(db);

  await sql`create index meeting_participants_region_prefix_idx
    on meeting_participants (region_code text_pattern_ops, meeting_id)`.execute(db);
  await sql`drop index meeting_participants_region_idx`.execute(db);

  await sql`create index commitment_regions_region_prefix_idx
    on commitment_regions (region_code text_pattern_ops, commitment_id)`.execute(db);
  await sql`drop index commitment_regions_region_idx`.execute(db);

  await sql`create index organizations_region_prefix_idx on organizations (region_code text_pattern_ops)`.execute(
    db,
  );
  await sql`drop index organizations_region_idx`.execute(db);

  // Items waiting for verification show since when: the latest pending evidence, from the index alone.
  await sql`create index action_item_evidence_pending_idx on action_item_evidence (action_item_id, created_at)
    where verdict = 'pending'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index action_item_evidence_pending_idx`.execute(db);
  await sql`create index organizations_region_idx on organizations (region_code)`.execute(db);
  await sql`drop index organizations_region_prefix_idx`.execute(db);
  await sql`create index commitment_regions_region_idx on commitment_regions (region_code)`.execute(db);
  await sql`drop index commitment_regions_region_prefix_idx`.execute(db);
  await sql`create index meeting_participants_region_idx on meeting_participants (region_code, meeting_id)`.execute(
    db,
  );
  await sql`drop index meeting_participants_region_prefix_idx`.execute(db);
  await sql`drop index action_items_owner_person_open_idx`.execute(db);
  await sql`drop index action_items_region_open_idx`.execute(db);
  await sql`drop index action_items_owner_org_open_idx`.execute(db);
  await sql`create index action_items_region_idx on action_items (region_code, status)`.execute(db);
  await sql`drop index action_items_region_prefix_idx`.execute(db);
}
