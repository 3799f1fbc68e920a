import { type Kysely, sql } from 'kysely';

// Frozen in time: an agreement (kesepakatan, MoU, PKS) between several parties, offices or companies
// (Banyuasin's one agreement with APJII and three providers, issue 19). It has numbered scope items,
// a signing date and place, an optional signed document (files) and a source meeting. Each party's
// promise is a commitment with agreement_id. owner_organization_id is the office that keeps the
// record (its region decides who sees it, as for meetings).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table agreements (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('kesepakatan', 'mou', 'pks')),
    title text not null check (length(btrim(title)) between 1 and 300),
    number text check (number is null or length(btrim(number)) between 1 and 100),
    description text check (description is null or length(description) <= 10000),
    status text not null default 'draft' check (status in ('draft', 'signed', 'ended', 'cancelled')),
    signed_on date,
    signed_place text check (signed_place is null or length(btrim(signed_place)) between 1 and 200),
    starts_on date,
    ends_on date,
    meeting_id uuid references meetings (id),
    owner_organization_id uuid not null references organizations (id),
    region_code text references regions (code),
    file_id uuid references files (id),
    version integer not null default 1,
    idempotency_key uuid unique,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint agreements_signed_has_date check (status not in ('signed', 'ended') or signed_on is not null),
    constraint agreements_period check (ends_on is null or starts_on is null or ends_on >= starts_on)
  )`.execute(db);
  await sql`create index agreements_meeting_idx on agreements (meeting_id) where meeting_id is not null`.execute(
    db,
  );
  await sql`create index agreements_owner_idx on agreements (owner_organization_id)`.execute(db);
  await sql`create index agreements_region_idx on agreements (region_code, status)`.execute(db);
  await sql`create table agreement_parties (
    agreement_id uuid not null references agreements (id) on delete cascade,
    organization_id uuid not null references organizations (id),
    position integer not null check (position >= 0),
    signatory_name text check (signatory_name is null or length(btrim(signatory_name)) between 1 and 200),
    signatory_position text check (signatory_position is null or length(btrim(signatory_position)) between 1 and 200),
    primary key (agreement_id, organization_id),
    constraint agreement_parties_position_uq unique (agreement_id, position)
  )`.execute(db);
  await sql`create index agreement_parties_organization_idx on agreement_parties (organization_id)`.execute(
    db,
  );
  await sql`create table agreement_scope_items (
    agreement_id uuid not null references agreements (id) on delete cascade,
    position integer not null check (position >= 0),
    text text not null check (length(btrim(text)) between 1 and 1000),
    primary key (agreement_id, position)
  )`.execute(db);
  await sql`alter table commitments add column agreement_id uuid references agreements (id)`.execute(db);
  await sql`create index commitments_agreement_idx on commitments (agreement_id) where agreement_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table commitments drop column agreement_id`.execute(db);
  await sql`drop table agreement_scope_items`.execute(db);
  await sql`drop table agreement_parties`.execute(db);
  await sql`drop table agreements`.execute(db);
}
