import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration must never import application code and must keep working on
// PostgreSQL 15 (the CI server) and 18 (the embedded server).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pgcrypto`.execute(db);

  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) =>
      c.primaryKey().check(sql`code ~ '^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('province', 'regency', 'city')`))
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('regions_parent_idx').on('regions').column('parent_code').execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('diskominfo', 'regional_government', 'regional_office', 'ministry', 'agency', 'company', 'association', 'other')`,
        ),
    )
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One office per name and region: "Diskominfo Kab. Kerinci" must not exist twice.
  await sql`create unique index organizations_name_region_uq
    on organizations (lower(name), coalesce(region_code, ''))`.execute(db);
  await db.schema.createIndex('organizations_region_idx').on('organizations').column('region_code').execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('nip', 'text', (c) => c.unique().check(sql`nip ~ '^[0-9]{18}$'`))
    .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('people_organization_idx').on('people').column('organization_id').execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`type in ('audiensi', 'rakornis', 'rakor', 'forum', 'pelatihan', 'kunjungan_kerja', 'lainnya')`,
        ),
    )
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(btrim(title)) between 1 and 300`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Jakarta'))
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('host_organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('summary', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('meetings_ends_after_start', sql`ends_at >= starts_at`)
    .addCheckConstraint('meetings_place_or_link', sql`place is not null or online_url is not null`)
    .execute();
  // Keyset pagination walks (starts_at desc, id desc).
  await sql`create index meetings_starts_at_idx on meetings (starts_at desc, id desc)`.execute(db);
  await db.schema.createIndex('meetings_host_idx').on('meetings').column('host_organization_id').execute();

  await db.schema
    .createTable('meeting_participants')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (c) => c.references('people.id'))
    .addColumn('guest_name', 'text')
    .addColumn('guest_position', 'text')
    .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('participant')
        .check(
          sql`role in ('chair', 'minute_taker', 'speaker', 'resource_person', 'participant', 'organizer')`,
        ),
    )
    .addColumn('attendance', 'text', (c) =>
      c
        .notNull()
        .defaultTo('invited')
        .check(sql`attendance in ('invited', 'present', 'absent', 'represented')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'meeting_participants_person_or_guest',
      sql`(person_id is not null) <> (guest_name is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('meeting_participants_meeting_idx')
    .on('meeting_participants')
    .column('meeting_id')
    .execute();
  await db.schema
    .createIndex('meeting_participants_region_idx')
    .on('meeting_participants')
    .columns(['region_code', 'meeting_id'])
    .execute();
  await sql`create unique index meeting_participants_person_uq
    on meeting_participants (meeting_id, person_id) where person_id is not null`.execute(db);

  await db.schema
    .createTable('events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'uuid')
    .addColumn('aggregate_type', 'text', (c) => c.notNull())
    .addColumn('aggregate_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('events_aggregate_idx')
    .on('events')
    .columns(['aggregate_type', 'aggregate_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'meeting_participants', 'meetings', 'people', 'organizations', 'regions']) {
    await db.schema.dropTable(table).execute();
  }
}
