import type { Database } from '@tindak/db';
import { sql } from 'kysely';

// What a directory import matches its rows against, and where it finds an apply already made.

/** Every office still in use (merged duplicates live on in the office kept), with its region's name. */
export function listImportOffices(db: Database) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .select(['o.id', 'o.name', 'o.shortName', 'o.kind', 'o.regionCode', 'r.name as regionName'])
    .where('o.mergedInto', 'is', null)
    .execute();
}
export type ImportOffice = Awaited<ReturnType<typeof listImportOffices>>[number];

/** People as a row may name them, with their office's region (scope) and name (display). */
function selectImportPeople(db: Database) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select([
      'p.id',
      'p.fullName',
      'p.nameKey',
      'p.position',
      'p.nip',
      'p.organizationId',
      'o.name as officeName',
      'o.regionCode',
    ])
    .where('p.mergedInto', 'is', null);
}
export type ImportPerson = Awaited<ReturnType<ReturnType<typeof selectImportPeople>['execute']>>[number];

export async function importPeopleByNips(db: Database, nips: readonly string[]) {
  if (nips.length === 0) return [];
  return selectImportPeople(db)
    .where('p.nip', 'in', [...nips])
    .execute();
}

export async function importPeopleByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return selectImportPeople(db)
    .where('p.id', 'in', [...ids])
    .execute();
}

/** People of these offices whose name key is one of these (`personNameKey`). */
export async function importPeopleByNames(
  db: Database,
  officeIds: readonly string[],
  keys: readonly string[],
) {
  if (officeIds.length === 0 || keys.length === 0) return [];
  return selectImportPeople(db)
    .where('p.organizationId', 'in', [...officeIds])
    .where('p.nameKey', 'in', [...keys])
    .execute();
}

/** The people whose accounts have these emails (compared without case), with the email. */
export async function importPeopleByEmails(db: Database, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return selectImportPeople(db)
    .innerJoin('users as u', 'u.personId', 'p.id')
    .select('u.email')
    .where(
      sql<string>`lower(u.email)`,
      'in',
      emails.map((e) => e.toLowerCase()),
    )
    .execute();
}

/**
 * The summary an earlier apply with this key recorded (its DirectoryImported event), if any. The
 * caller holds the key's advisory lock, so two applies with one key never both run.
 */
export async function findDirectoryImport(db: Database, userId: string, key: string) {
  const row = await db
    .selectFrom('events')
    .select('payload')
    .where('aggregateType', '=', 'user')
    .where('aggregateId', '=', userId)
    .where('eventType', '=', 'DirectoryImported')
    .where(sql<string>`payload->>'idempotencyKey'`, '=', key)
    .executeTakeFirst();
  return row?.payload;
}

/** Serialises applies with the same idempotency key until the transaction ends. */
export async function lockImportKey(db: Database, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`directoryImport:${key}`}, 0))`.execute(db);
}

export async function updatePersonFields(
  db: Database,
  id: string,
  changes: { position?: string | null; nip?: string },
): Promise<void> {
  await db
    .updateTable('people')
    .set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}
