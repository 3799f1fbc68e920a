import { type Kysely, sql } from 'kysely';

// Frozen in time: two records of one person can be merged on /orang. The duplicate stays, pointing
// at the person kept, so every event and link that names it still leads somewhere, as for offices
// (docs/decisions.md, "Merging offices"). A merged record is no longer offered anywhere new.
// Works on PostgreSQL 15 and 18.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table people
    add column merged_into uuid references people (id),
    add constraint people_not_merged_into_itself check (merged_into <> id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table people
    drop constraint people_not_merged_into_itself,
    drop column merged_into`.execute(db);
}
