import { type Kysely, sql } from 'kysely';

// Frozen in time: a proposal is not always raised in a meeting; many are sent by official letter
// (surat), known by its number and date. Number and date come together. That a proposal without
// any meeting has a letter cannot be a table check (the meetings are another table): the service
// enforces it. Rows recorded before this keep neither.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table proposals
    add column letter_number text check (letter_number is null or length(btrim(letter_number)) between 1 and 100),
    add column letter_date date,
    add constraint proposals_letter_pair check ((letter_number is null) = (letter_date is null))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table proposals drop constraint proposals_letter_pair,
    drop column letter_date, drop column letter_number`.execute(db);
}
