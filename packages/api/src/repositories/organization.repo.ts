import type { Database } from '@tindak/db';
import type { Organization, OrganizationKind } from '@tindak/shared';

function selectOrganizations(db: Database) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .select(['o.id', 'o.name', 'o.shortName', 'o.kind', 'o.regionCode', 'r.name as regionName']);
}

export interface OrganizationFilter {
  regionCode?: string | undefined;
  kind?: OrganizationKind | undefined;
  search?: string | undefined;
}

export async function listOrganizations(db: Database, filter: OrganizationFilter): Promise<Organization[]> {
  // Pickers offer offices still in use; the directory page lists the others too.
  let query = selectOrganizations(db)
    .where('o.active', '=', true)
    .orderBy('o.regionCode', (ob) => ob.nullsFirst())
    .orderBy('o.name');
  if (filter.regionCode) query = query.where('o.regionCode', '=', filter.regionCode);
  if (filter.kind) query = query.where('o.kind', '=', filter.kind);
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('o.name', 'ilike', pattern), eb('o.shortName', 'ilike', pattern)]));
  }
  return (await query.limit(500).execute()) as Organization[];
}

export async function findOrganization(db: Database, id: string): Promise<Organization | undefined> {
  return (await selectOrganizations(db).where('o.id', '=', id).executeTakeFirst()) as
    | Organization
    | undefined;
}

export async function findOrganizationIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

/** id -> region code for the organizations that exist. */
export async function organizationRegions(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'regionCode'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.regionCode]));
}

export interface NewOrganization {
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  regionCode: string | null;
  idempotencyKey: string | null;
}

export async function insertOrganization(db: Database, values: NewOrganization): Promise<string> {
  const row = await db.insertInto('organizations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The office with this name (any case) in this region, or none: setup and admin:create reuse it. */
export async function findOfficeIdByNameAndRegion(
  db: Database,
  name: string,
  regionCode: string | null,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .where((eb) => (regionCode === null ? eb('regionCode', 'is', null) : eb('regionCode', '=', regionCode)))
    .executeTakeFirst();
  return row?.id;
}
