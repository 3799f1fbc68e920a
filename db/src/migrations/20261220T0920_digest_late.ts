import { type Kysely, sql } from 'kysely';

// Frozen in time: whether a weekly digest went out after its Monday 07:00 (the worker was down
// then and a later tick of the same week sent it). Earlier rows were all sent on their Monday.
//
// And the outbox's bodies compressed with lz4 where the server has it: a weekly tick writes 20,000
// mails of about 35 kB, which pglz compressed at a fraction of lz4's speed (issue 20). Existing
// rows keep pglz (both read back the same); a server built without lz4 keeps pglz for all.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('digest_deliveries')
    .addColumn('late', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .execute();
  await setBodyCompression(db, 'lz4');
}

export async function down(db: Kysely<any>): Promise<void> {
  await setBodyCompression(db, 'pglz');
  await db.schema.alterTable('digest_deliveries').dropColumn('late').execute();
}

async function setBodyCompression(db: Kysely<any>, method: 'lz4' | 'pglz'): Promise<void> {
  await sql`
    do $$ begin
      if exists (select 1 from pg_settings
                 where name = 'default_toast_compression' and ${sql.lit(method)} = any(enumvals)) then
        execute format('alter table emails alter column html set compression %s, alter column text_body set compression %s',
          ${sql.lit(method)}::text, ${sql.lit(method)}::text);
      end if;
    end $$`.execute(db);
}
