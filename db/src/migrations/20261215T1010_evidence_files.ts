import { type Kysely, sql } from 'kysely';

// Frozen in time: one submission of evidence may carry several files (photos of the site and the
// signed report). `action_item_evidence.file_id` keeps the first, as before; every file of a
// submission, the first included, is listed here in the order it was sent.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('action_item_evidence_files')
    .addColumn('evidence_id', 'uuid', (c) =>
      c.notNull().references('action_item_evidence.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('files.id'))
    .addPrimaryKeyConstraint('action_item_evidence_files_pkey', ['evidence_id', 'position'])
    .execute();
  await db.schema
    .createIndex('action_item_evidence_files_file')
    .on('action_item_evidence_files')
    .column('file_id')
    .execute();
  await sql`insert into action_item_evidence_files (evidence_id, position, file_id)
    select id, 0, file_id from action_item_evidence where file_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_item_evidence_files').execute();
}
