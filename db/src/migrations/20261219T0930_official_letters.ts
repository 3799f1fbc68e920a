import { type Kysely, sql } from 'kysely';

// Frozen in time: official letters (surat undangan, lembar disposisi) in the Tata Naskah Dinas form
// need each office's letterhead (kop surat: the government it belongs to, its address and contacts)
// and paper size: A4, or F4 (215 × 330 mm), which many regional offices print on. A meeting keeps
// the number, date and signer of its invitation letter, so the letter prints the same each time.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organizations
    add column paper_size text not null default 'A4' check (paper_size in ('A4', 'F4')),
    add column letterhead_government text
      check (letterhead_government is null or length(btrim(letterhead_government)) between 1 and 200),
    add column address text check (address is null or length(btrim(address)) between 1 and 500),
    add column phone text check (phone is null or length(btrim(phone)) between 1 and 100),
    add column email text check (email is null or length(btrim(email)) between 3 and 254),
    add column website text check (website is null or length(btrim(website)) between 3 and 200)`.execute(db);
  await sql`alter table meetings
    add column invitation_number text
      check (invitation_number is null or length(btrim(invitation_number)) between 1 and 100),
    add column invitation_date date,
    add column invitation_signer_person_id uuid references people (id),
    add column invitation_sent_at timestamptz,
    add constraint meetings_invitation_pair check ((invitation_number is null) = (invitation_date is null))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table meetings drop constraint meetings_invitation_pair,
    drop column invitation_sent_at, drop column invitation_signer_person_id,
    drop column invitation_date, drop column invitation_number`.execute(db);
  await sql`alter table organizations drop column website, drop column email, drop column phone,
    drop column address, drop column letterhead_government, drop column paper_size`.execute(db);
}
