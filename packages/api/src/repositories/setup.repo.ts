import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/** Whether anyone has an account yet: an installation without one waits for its setup. */
export async function anyUserExists(db: Database): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function anyAdminExists(db: Database): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Serialises everything that creates an admin on an empty installation (the setup page, the
 * `admin:create` command): the second of two concurrent callers waits here, then sees the first's admin.
 */
export async function lockFirstAdmin(trx: Database): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('tindak:first-admin'))`.execute(trx);
}

/** Keeps only this token's hash: each start of an empty installation prints a fresh link. */
export async function replaceSetupToken(db: Database, tokenHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('setupTokens').execute();
    await trx.insertInto('setupTokens').values({ tokenHash }).execute();
  });
}

export async function clearSetupTokens(db: Database): Promise<void> {
  await db.deleteFrom('setupTokens').execute();
}

/** Uses the token up: true when it was the current one. */
export async function consumeSetupToken(trx: Database, tokenHash: string): Promise<boolean> {
  const row = await trx
    .deleteFrom('setupTokens')
    .where('tokenHash', '=', tokenHash)
    .returning('tokenHash')
    .executeTakeFirst();
  return row !== undefined;
}

export interface ChecklistCounts {
  offices: number;
  accounts: number;
  /** People in the directory who have no account (imported or added by hand). */
  directoryPeople: number;
  testMails: number;
}

export async function checklistCounts(db: Database): Promise<ChecklistCounts> {
  const row = await sql<ChecklistCounts>`
    select
      (select count(*)::int from organizations) as offices,
      (select count(*)::int from users) as accounts,
      (select count(*)::int from people p where not exists (select 1 from users u where u.person_id = p.id))
        as "directoryPeople",
      (select count(*)::int from emails where kind = 'test') as "testMails"`.execute(db);
  return row.rows[0] ?? { offices: 0, accounts: 0, directoryPeople: 0, testMails: 0 };
}
