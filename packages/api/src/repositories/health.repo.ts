import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/** Throws when the database cannot answer. */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db);
}
