import { type Kysely, sql } from 'kysely';

// Frozen in time: meetings' lifecycle and minutes, proposals, commitments, action items with their
// dispositions, extensions, evidence and comments, attachments, and full-text search support.
// Must run on PostgreSQL 15 and 18 as a database owner who is not a superuser (pg_trgm and
// unaccent are trusted extensions).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);
  // unaccent() is only STABLE; index expressions need an IMMUTABLE wrapper with a fixed dictionary.
  await sql`create or replace function tindak_search_text(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`.execute(db);

  // --- Meetings: lifecycle, minutes, agenda, attendance details -------------------------------
  await db.schema
    .alterTable('meetings')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('scheduled')
        .check(sql`status in ('scheduled', 'held', 'postponed', 'cancelled')`),
    )
    .addColumn('status_reason', 'text')
    .addColumn('minutes', 'text')
    .execute();
  await sql`create index meetings_search_idx on meetings using gin (
    (to_tsvector('simple', tindak_search_text(coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(minutes, '') || ' ' || coalesce(place, ''))))
  )`.execute(db);
  await sql`create index meetings_title_trgm_idx on meetings using gin (tindak_search_text(title) gin_trgm_ops)`.execute(
    db,
  );

  await db.schema.alterTable('meeting_participants').addColumn('represented_by', 'text').execute();

  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addUniqueConstraint('meeting_agenda_items_position_uq', ['meeting_id', 'position'])
    .execute();

  // --- Files: content kept in its own table, outside the rows that refer to it -----------------
  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes between 1 and 10485760`))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('meeting_attachments')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('meeting_attachments_pk', ['meeting_id', 'file_id'])
    .execute();

  // --- Proposals (usulan) ----------------------------------------------------------------------
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('addressed_to_organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(
          sql`status in ('draft', 'submitted', 'under_review', 'accepted', 'partly_accepted', 'rejected', 'withdrawn')`,
        ),
    )
    .addColumn('decision_note', 'text')
    .addColumn('decided_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index proposals_list_idx on proposals (created_at desc, id desc)`.execute(db);
  await sql`create index proposals_search_idx on proposals using gin (
    (to_tsvector('simple', tindak_search_text(coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(decision_note, ''))))
  )`.execute(db);
  await sql`create index proposals_title_trgm_idx on proposals using gin (tindak_search_text(title) gin_trgm_ops)`.execute(
    db,
  );

  await db.schema
    .createTable('proposal_proposers')
    .addColumn('proposal_id', 'uuid', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addPrimaryKeyConstraint('proposal_proposers_pk', ['proposal_id', 'organization_id'])
    .execute();
  await db.schema
    .createTable('proposal_meetings')
    .addColumn('proposal_id', 'uuid', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('proposal_meetings_pk', ['proposal_id', 'meeting_id'])
    .execute();
  await db.schema
    .createIndex('proposal_meetings_meeting_idx')
    .on('proposal_meetings')
    .column('meeting_id')
    .execute();

  // --- Commitments (komitmen) ------------------------------------------------------------------
  await db.schema
    .createTable('commitments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('committed_by_organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('committed_by_person_id', 'uuid', (c) => c.references('people.id'))
    .addColumn('owner_organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('owner_person_id', 'uuid', (c) => c.references('people.id'))
    .addColumn('meeting_id', 'uuid', (c) => c.references('meetings.id'))
    .addColumn('proposal_id', 'uuid', (c) => c.references('proposals.id'))
    .addColumn('due_on', 'date')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'in_progress', 'fulfilled', 'not_fulfilled', 'cancelled')`),
    )
    .addColumn('evidence', 'text')
    .addColumn('is_public', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index commitments_list_idx on commitments (created_at desc, id desc)`.execute(db);
  await db.schema
    .createIndex('commitments_party_idx')
    .on('commitments')
    .column('committed_by_organization_id')
    .execute();
  await db.schema.createIndex('commitments_meeting_idx').on('commitments').column('meeting_id').execute();
  await sql`create index commitments_search_idx on commitments using gin (
    (to_tsvector('simple', tindak_search_text(coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(evidence, ''))))
  )`.execute(db);
  await sql`create index commitments_title_trgm_idx on commitments using gin (tindak_search_text(title) gin_trgm_ops)`.execute(
    db,
  );

  await db.schema
    .createTable('commitment_regions')
    .addColumn('commitment_id', 'uuid', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('commitment_regions_pk', ['commitment_id', 'region_code'])
    .execute();
  await db.schema
    .createIndex('commitment_regions_region_idx')
    .on('commitment_regions')
    .column('region_code')
    .execute();

  // --- Action items (tindak lanjut) ------------------------------------------------------------
  await db.schema
    .createTable('action_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('meeting_id', 'uuid', (c) => c.references('meetings.id'))
    .addColumn('proposal_id', 'uuid', (c) => c.references('proposals.id'))
    .addColumn('commitment_id', 'uuid', (c) => c.references('commitments.id'))
    .addColumn('owner_organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('owner_person_id', 'uuid', (c) => c.references('people.id'))
    .addColumn('assigned_by_person_id', 'uuid', (c) => c.references('people.id'))
    // Denormalised from the owner office so region filters and summaries need no join.
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('priority', 'text', (c) =>
      c.notNull().defaultTo('normal').check(sql`priority in ('low', 'normal', 'high', 'urgent')`),
    )
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(
          sql`status in ('open', 'in_progress', 'awaiting_verification', 'done', 'blocked', 'cancelled')`,
        ),
    )
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0).check(sql`progress between 0 and 100`))
    .addColumn('completed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'action_items_one_source',
      sql`num_nonnulls(meeting_id, proposal_id, commitment_id) >= 1`,
    )
    .execute();
  await sql`create index action_items_due_idx on action_items (due_on, id)`.execute(db);
  await sql`create index action_items_open_due_idx on action_items (due_on, id)
    where status not in ('done', 'cancelled')`.execute(db);
  await db.schema
    .createIndex('action_items_owner_org_idx')
    .on('action_items')
    .columns(['owner_organization_id', 'due_on'])
    .execute();
  await db.schema
    .createIndex('action_items_owner_person_idx')
    .on('action_items')
    .columns(['owner_person_id', 'due_on'])
    .execute();
  await db.schema
    .createIndex('action_items_region_idx')
    .on('action_items')
    .columns(['region_code', 'status'])
    .execute();
  await db.schema.createIndex('action_items_meeting_idx').on('action_items').column('meeting_id').execute();
  await db.schema
    .createIndex('action_items_commitment_idx')
    .on('action_items')
    .column('commitment_id')
    .execute();
  await sql`create index action_items_search_idx on action_items using gin (
    (to_tsvector('simple', tindak_search_text(coalesce(title, '') || ' ' || coalesce(description, ''))))
  )`.execute(db);
  await sql`create index action_items_title_trgm_idx on action_items using gin (tindak_search_text(title) gin_trgm_ops)`.execute(
    db,
  );

  // Disposition: each hand-down is one step with its instruction; the chain is the steps in order.
  await db.schema
    .createTable('action_item_dispositions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('action_item_id', 'uuid', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('from_organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('from_person_id', 'uuid', (c) => c.references('people.id'))
    .addColumn('to_organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('to_person_id', 'uuid', (c) => c.references('people.id'))
    .addColumn('instruction', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('action_item_dispositions_step_uq', ['action_item_id', 'step'])
    .execute();

  await db.schema
    .createTable('extension_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('action_item_id', 'uuid', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
    .addColumn('previous_due_on', 'date', (c) => c.notNull())
    .addColumn('requested_due_on', 'date', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'rejected')`),
    )
    .addColumn('decision_note', 'text')
    .addColumn('requested_by', 'uuid')
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('extension_requests_later', sql`requested_due_on > previous_due_on`)
    .execute();
  // At most one open request per item.
  await sql`create unique index extension_requests_pending_uq on extension_requests (action_item_id)
    where status = 'pending'`.execute(db);

  await db.schema
    .createTable('action_item_evidence')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('action_item_id', 'uuid', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
    .addColumn('note', 'text')
    .addColumn('link', 'text')
    .addColumn('file_id', 'uuid', (c) => c.references('files.id'))
    .addColumn('verdict', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`verdict in ('pending', 'accepted', 'rejected')`),
    )
    .addColumn('verdict_reason', 'text')
    .addColumn('submitted_by', 'uuid')
    .addColumn('verified_by', 'uuid')
    .addColumn('verified_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('action_item_evidence_something', sql`num_nonnulls(note, link, file_id) >= 1`)
    .execute();
  await db.schema
    .createIndex('action_item_evidence_item_idx')
    .on('action_item_evidence')
    .column('action_item_id')
    .execute();

  await db.schema
    .createTable('action_item_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('action_item_id', 'uuid', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('action_item_comments_item_idx')
    .on('action_item_comments')
    .columns(['action_item_id', 'created_at'])
    .execute();

  // Event log: most recent activity first, for feeds and the digest.
  await sql`create index events_occurred_idx on events (occurred_at desc, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_occurred_idx`.execute(db);
  for (const table of [
    'action_item_comments',
    'action_item_evidence',
    'extension_requests',
    'action_item_dispositions',
    'action_items',
    'commitment_regions',
    'commitments',
    'proposal_meetings',
    'proposal_proposers',
    'proposals',
    'meeting_attachments',
    'files',
    'meeting_agenda_items',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('meeting_participants').dropColumn('represented_by').execute();
  await sql`drop index if exists meetings_search_idx`.execute(db);
  await sql`drop index if exists meetings_title_trgm_idx`.execute(db);
  await db.schema
    .alterTable('meetings')
    .dropColumn('status')
    .dropColumn('status_reason')
    .dropColumn('minutes')
    .execute();
  await sql`drop function if exists tindak_search_text(text)`.execute(db);
}
