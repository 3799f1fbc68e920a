import type { Database } from '@tindak/db';
import type { Person } from '@tindak/shared';
import { sql } from 'kysely';

function selectPeople(db: Database) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .select([
      'p.id',
      'p.fullName',
      'p.position',
      'p.nip',
      'o.id as orgId',
      'o.name as orgName',
      'o.regionCode',
    ]);
}

type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['execute']>>[number];

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.fullName,
    position: row.position,
    nip: row.nip,
    organization: row.orgId && row.orgName ? { id: row.orgId, name: row.orgName } : null,
    regionCode: row.regionCode,
  };
}

export interface PersonFilter {
  query?: string | undefined;
  organizationId?: string | undefined;
  limit: number;
}

export async function searchPeople(db: Database, filter: PersonFilter): Promise<Person[]> {
  let query = selectPeople(db).orderBy('p.fullName').limit(filter.limit);
  if (filter.organizationId) query = query.where('p.organizationId', '=', filter.organizationId);
  if (filter.query) {
    const pattern = `%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('p.fullName', 'ilike', pattern),
        eb('p.position', 'ilike', pattern),
        eb('p.nip', 'like', pattern),
      ]),
    );
  }
  return (await query.execute()).map(toPerson);
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
