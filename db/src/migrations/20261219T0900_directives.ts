import { type Kysely, sql } from 'kysely';

// Frozen in time: a directive (arahan) is one instruction a head hands to many offices at once (the
// Governor's two Rakornis 2025 directives to the 11 regencies/cities, issue 19). Each office gets
// its own action item, which follows the usual chain (pass down, extension, evidence, verification);
// the directive holds what they share and closes when every item is done or cancelled.
// action_items.directive_office_id is the office the directive was handed to: it stays when the item
// is passed down (owner_organization_id moves), so "one item per office" is a unique index on it.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table directives (
    id uuid primary key default gen_random_uuid(),
    title text not null check (length(btrim(title)) between 1 and 300),
    instruction text check (instruction is null or length(instruction) <= 10000),
    meeting_id uuid references meetings (id),
    issued_by_organization_id uuid not null references organizations (id),
    issued_by_person_id uuid references people (id),
    region_code text references regions (code),
    due_on date not null,
    priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
    status text not null default 'open' check (status in ('open', 'closed', 'cancelled')),
    closed_at timestamptz,
    version integer not null default 1,
    idempotency_key uuid unique,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint directives_closed_at check ((status = 'open') = (closed_at is null))
  )`.execute(db);
  await sql`create index directives_meeting_idx on directives (meeting_id) where meeting_id is not null`.execute(
    db,
  );
  await sql`create index directives_issuer_idx on directives (issued_by_organization_id, due_on)`.execute(db);
  await sql`create index directives_region_idx on directives (region_code, status)`.execute(db);

  await sql`alter table action_items
    add column directive_id uuid references directives (id),
    add column directive_office_id uuid references organizations (id),
    add constraint action_items_directive_office check ((directive_id is null) = (directive_office_id is null)),
    drop constraint action_items_one_source,
    add constraint action_items_one_source
      check (num_nonnulls(meeting_id, proposal_id, commitment_id, directive_id) >= 1)`.execute(db);
  await sql`create unique index action_items_directive_office_uq on action_items (directive_id, directive_office_id)
    where directive_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from action_items where directive_id is not null
    and num_nonnulls(meeting_id, proposal_id, commitment_id) = 0`.execute(db);
  await sql`alter table action_items
    drop constraint action_items_one_source,
    add constraint action_items_one_source check (num_nonnulls(meeting_id, proposal_id, commitment_id) >= 1),
    drop constraint action_items_directive_office,
    drop column directive_office_id,
    drop column directive_id`.execute(db);
  await sql`drop table directives`.execute(db);
}
