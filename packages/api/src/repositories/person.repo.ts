import type { Database } from '@tindak/db';
import { type Person, personNameKey } from '@tindak/shared';
import { sql } from 'kysely';
import { inRegion } from './region-filter';

/** People as every list shows them: their office (with its region) and their account. */
export function selectPeople(db: Database) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .leftJoin('users as u', 'u.personId', 'p.id')
    .select([
      'p.id',
      'u.id as userId',
      'p.fullName',
      'p.position',
      'p.nip',
      'o.id as orgId',
      'o.name as orgName',
      'o.regionCode',
    ]);
}

export type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['execute']>>[number];

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.fullName,
    position: row.position,
    nip: row.nip,
    organization: row.orgId && row.orgName ? { id: row.orgId, name: row.orgName } : null,
    regionCode: row.regionCode,
    userId: row.userId,
  };
}

export interface PersonFilter {
  query?: string | undefined;
  organizationId?: string | undefined;
  limit: number;
  /**
   * A whole NIP to match exactly, among people whose office lies in `scopeRegion` (null: anywhere).
   * Only for callers who may see NIPs; no one finds people by part of one.
   */
  nip?: { value: string; scopeRegion: string | null } | undefined;
}

/**
 * People whose name key contains the query's (`personNameKey`: no case, accents, apostrophes,
 * spaces or titles; the trigram index on name_key serves it), whose position contains the query,
 * or, when `nip` is given, whose NIP is exactly that.
 */
export async function searchPeople(db: Database, filter: PersonFilter): Promise<Person[]> {
  // A merged duplicate is offered nowhere new: its records live with the person kept.
  let query = selectPeople(db).where('p.mergedInto', 'is', null).orderBy('p.fullName').limit(filter.limit);
  if (filter.organizationId) query = query.where('p.organizationId', '=', filter.organizationId);
  if (filter.query) {
    const nip = filter.nip;
    const matches = personMatches(filter.query);
    query = query.where((eb) =>
      eb.or([
        ...matches,
        ...(nip
          ? [
              eb.and([
                eb('p.nip', '=', nip.value),
                ...(nip.scopeRegion === null ? [] : [inRegion('o.regionCode', nip.scopeRegion)]),
              ]),
            ]
          : []),
      ]),
    );
  }
  return (await query.execute()).map(toPerson);
}

/**
 * What a search `q` matches of a person (alias `p`), to be or-ed: the name key (`personNameKey`:
 * no case, accents, apostrophes, spaces or titles; the trigram index on name_key serves it) or
 * the position.
 */
export function personMatches(q: string) {
  // The key holds letters and digits only, so it needs no LIKE escaping; the position does.
  const nameKey = personNameKey(q);
  const position = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [
    ...(nameKey ? [sql<boolean>`${sql.ref('p.nameKey')} like ${`%${nameKey}%`}`] : []),
    sql<boolean>`${sql.ref('p.position')} ilike ${position}`,
  ];
}

export async function findPerson(db: Database, id: string): Promise<Person | undefined> {
  const row = await selectPeople(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

export async function findPeople(db: Database, ids: readonly string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await selectPeople(db)
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, toPerson(r)]));
}

export async function findPersonIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('people').select('id').where('idempotencyKey', '=', key).executeTakeFirst();
  return row?.id;
}

export interface NewPerson {
  fullName: string;
  position: string | null;
  nip: string | null;
  organizationId: string | null;
  idempotencyKey: string | null;
}

export async function insertPerson(db: Database, values: NewPerson): Promise<string> {
  const row = await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function nipTaken(db: Database, nip: string): Promise<boolean> {
  const row = await db
    .selectFrom('people')
    .select(sql<number>`1`.as('one'))
    .where('nip', '=', nip)
    .executeTakeFirst();
  return row !== undefined;
}

/** A person row locked for linking to an account, with the account it already has, if any. */
export function lockPersonForAccount(db: Database, id: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('users as u', 'u.personId', 'p.id')
    .select(['p.id', 'p.fullName', 'p.organizationId', 'u.id as userId'])
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst();
}

/**
 * People of an office without an account whose name key is `nameKey` (at most two: the caller
 * links only when exactly one matches). An empty key (a title alone) matches no one.
 */
export async function unlinkedNamesakes(db: Database, organizationId: string, nameKey: string) {
  if (!nameKey) return [];
  return db
    .selectFrom('people as p')
    .select('p.id')
    .where('p.organizationId', '=', organizationId)
    .where('p.nameKey', '=', nameKey)
    .where('p.mergedInto', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('users as u').select('u.id').whereRef('u.personId', '=', 'p.id'))),
    )
    .limit(2)
    .execute();
}

/** Brings a person's name and office in step with their account's, moving it to its next version. */
export async function updatePersonFromAccount(
  db: Database,
  id: string,
  changes: { fullName?: string; organizationId?: string },
): Promise<void> {
  await db
    .updateTable('people')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .execute();
}
