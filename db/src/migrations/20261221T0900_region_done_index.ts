import { type Kysely, sql } from 'kysely';

// Frozen in time: a region's "done last week" (the weekly digest of its heads and viewers, 552
// regions per tick) is the region's items completed in a window of days. Without this index each
// region's read went through the country's completions of that window (thousands of rows, each
// fetched to test its region) or through the region's whole history of done items.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index action_items_region_done_idx on action_items (region_code text_pattern_ops, completed_at)
    where status = 'done'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index action_items_region_done_idx`.execute(db);
}
