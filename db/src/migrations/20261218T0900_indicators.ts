import { type Kysely, sql } from 'kysely';

// Frozen in time: indicators and targets (issue 18). The numbers the meetings are about (the SPBE
// index of each regency, blank-spot villages, people trained) are kept per region and period, each
// value with its source, each target set by the office that keeps the indicator. Action items and
// commitments may name the indicator and region they are meant to move; a meeting keeps its
// headcount and, for a training, the quota and the number trained. Works on PostgreSQL 15 and 18.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table indicators (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(btrim(name)) between 1 and 200),
    description text,
    unit text not null check (unit in ('index', 'percent', 'villages', 'sites', 'people', 'applications', 'count')),
    direction text not null check (direction in ('higher_is_better', 'lower_is_better')),
    scale_min numeric,
    scale_max numeric,
    -- [{ "from": 1.8, "to": 2.6, "label": "Cukup", "tone": "fair" }, ...], lowest first; checked in the service
    bands jsonb not null default '[]'::jsonb,
    bands_source text,
    period_kind text not null check (period_kind in ('year', 'quarter', 'month')),
    responsible_organization_id uuid not null references organizations (id),
    -- Denormalised from the responsible office, as on action items: scope checks need no join.
    region_code text references regions (code),
    active boolean not null default true,
    version integer not null default 1,
    idempotency_key uuid unique,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint indicators_scale_order check (scale_min is null or scale_max is null or scale_min < scale_max)
  )`.execute(db);
  await sql`create unique index indicators_name_uq on indicators (lower(name), coalesce(region_code, ''))`.execute(
    db,
  );
  await sql`create index indicators_region_idx on indicators (region_code)`.execute(db);

  // One value per indicator, region and period; a correction replaces it (with a version check) and
  // the event log keeps what it was. A value may be only a predicate ("cukup") where the source
  // gives no number.
  await sql`create table indicator_values (
    id uuid primary key default gen_random_uuid(),
    indicator_id uuid not null references indicators (id),
    region_code text not null references regions (code),
    period text not null check (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    value numeric,
    predicate text,
    source_kind text not null check (source_kind in ('meeting', 'evidence', 'document', 'note')),
    source_meeting_id uuid references meetings (id),
    source_evidence_id uuid references action_item_evidence (id),
    source_file_id uuid references files (id),
    source_note text,
    recorded_by uuid,
    recorded_at timestamptz not null default now(),
    version integer not null default 1,
    idempotency_key uuid unique,
    constraint indicator_values_something check (num_nonnulls(value, predicate) >= 1),
    constraint indicator_values_one_per_period unique (indicator_id, region_code, period)
  )`.execute(db);
  await sql`create index indicator_values_region_idx on indicator_values (region_code, indicator_id, period)`.execute(
    db,
  );
  await sql`create index indicator_values_recorded_idx on indicator_values (recorded_at)`.execute(db);

  await sql`create table indicator_targets (
    id uuid primary key default gen_random_uuid(),
    indicator_id uuid not null references indicators (id),
    region_code text not null references regions (code),
    period text not null check (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    target numeric not null,
    set_by uuid,
    set_at timestamptz not null default now(),
    version integer not null default 1,
    constraint indicator_targets_one_per_period unique (indicator_id, region_code, period)
  )`.execute(db);
  await sql`create index indicator_targets_region_idx on indicator_targets (region_code, indicator_id, period)`.execute(
    db,
  );

  for (const table of ['action_items', 'commitments']) {
    await sql`alter table ${sql.table(table)}
      add column indicator_id uuid references indicators (id),
      add column indicator_region_code text references regions (code),
      add constraint ${sql.ref(`${table}_indicator_region`)} check (indicator_region_code is null or indicator_id is not null)`.execute(
      db,
    );
    await sql`create index ${sql.ref(`${table}_indicator_idx`)} on ${sql.table(table)} (indicator_id, indicator_region_code)
      where indicator_id is not null`.execute(db);
  }

  await sql`alter table meetings
    add column headcount integer check (headcount between 0 and 1000000),
    add column training_quota integer check (training_quota between 0 and 10000000),
    add column trained_count integer check (trained_count between 0 and 10000000)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table meetings drop column headcount, drop column training_quota, drop column trained_count`.execute(
    db,
  );
  for (const table of ['action_items', 'commitments']) {
    await sql`alter table ${sql.table(table)} drop column indicator_region_code, drop column indicator_id`.execute(
      db,
    );
  }
  await sql`drop table indicator_targets`.execute(db);
  await sql`drop table indicator_values`.execute(db);
  await sql`drop table indicators`.execute(db);
}
