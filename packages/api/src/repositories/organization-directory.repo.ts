import type { Database } from '@tindak/db';
import type { DirectoryOffice, OrganizationKind } from '@tindak/shared';
import { sql } from 'kysely';
import type { DirectoryPageQuery } from './directory-page';
import { inRegion } from './region-filter';

/** Offices as the directory page shows them, with what a merged one was merged into. */
function selectDirectory(db: Database) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .leftJoin('organizations as m', 'm.id', 'o.mergedInto')
    .select([
      'o.id',
      'o.name',
      'o.shortName',
      'o.kind',
      'o.regionCode',
      'r.name as regionName',
      'o.active',
      'o.version',
      'm.id as mergedId',
      'm.name as mergedName',
      'o.paperSize',
      'o.letterheadGovernment',
      'o.address',
      'o.phone',
      'o.email',
      'o.website',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectDirectory>['execute']>>[number];

function toOffice({
  mergedId,
  mergedName,
  paperSize,
  letterheadGovernment,
  address,
  phone,
  email,
  website,
  ...row
}: Row): DirectoryOffice {
  return {
    ...row,
    mergedInto: mergedId && mergedName ? { id: mergedId, name: mergedName } : null,
    letterhead: { paperSize, government: letterheadGovernment, address, phone, email, website },
  };
}

export interface OfficesPageQuery extends DirectoryPageQuery {
  kind?: OrganizationKind | undefined;
}

/**
 * Up to `limit` offices in (name, id) order. A national directory holds a few thousand offices:
 * a scan with a LIKE over that many short rows and a top-N sort is a few ms, so no trigram index.
 */
export async function listDirectory(db: Database, page: OfficesPageQuery): Promise<DirectoryOffice[]> {
  let query = selectDirectory(db).orderBy('o.name').orderBy('o.id').limit(page.limit);
  if (page.q) {
    const pattern = `%${page.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(tindak_search_text(o.name) like tindak_search_text(${pattern})
        or tindak_search_text(coalesce(o.short_name, '')) like tindak_search_text(${pattern}))`,
    );
  }
  if (page.kind) query = query.where('o.kind', '=', page.kind);
  if (page.regionCode) query = query.where(inRegion('o.regionCode', page.regionCode));
  if (page.status !== 'all') query = query.where('o.active', '=', page.status === 'active');
  const after = page.after;
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('o.name', 'o.id'), '>', eb.tuple(after.name, after.id)));
  }
  return (await query.execute()).map(toOffice);
}

export async function findDirectoryOffice(db: Database, id: string): Promise<DirectoryOffice | undefined> {
  const row = await selectDirectory(db).where('o.id', '=', id).executeTakeFirst();
  return row ? toOffice(row) : undefined;
}

export function lockOffice(db: Database, id: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'shortName', 'kind', 'regionCode', 'active', 'mergedInto', 'version'])
    .select(['paperSize', 'letterheadGovernment', 'address', 'phone', 'email', 'website'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
export type LockedOffice = NonNullable<Awaited<ReturnType<typeof lockOffice>>>;

export interface OfficeChanges {
  name?: string;
  shortName?: string | null;
  kind?: OrganizationKind;
  regionCode?: string | null;
  active?: boolean;
  mergedInto?: string | null;
  /** Issue 19: the kop surat and paper. */
  paperSize?: 'A4' | 'F4';
  letterheadGovernment?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

/** Writes the changes and moves the office to its next version. */
export async function updateOffice(db: Database, id: string, changes: OfficeChanges): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * The name of an indicator already in `regionCode` that one of the office's indicators would clash
 * with there (names are unique per region whatever their case, `indicators_name_uq`), if any.
 */
export async function indicatorNameClashIn(
  db: Database,
  officeId: string,
  regionCode: string | null,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('indicators as moving')
    .innerJoin('indicators as there', (join) =>
      join.on(sql<boolean>`lower(there.name) = lower(moving.name) and there.id <> moving.id`),
    )
    .select('there.name')
    .where('moving.responsibleOrganizationId', '=', officeId)
    .where(sql<boolean>`moving.region_code is distinct from ${regionCode}`)
    .where(sql<boolean>`there.region_code is not distinct from ${regionCode}`)
    .orderBy('there.name')
    .limit(1)
    .executeTakeFirst();
  return row?.name;
}

/**
 * An action item's region is its owning office's, an indicator's its keeping office's: they follow
 * the office when that moves.
 */
export async function moveOfficeItemsToRegion(
  db: Database,
  officeId: string,
  regionCode: string | null,
): Promise<void> {
  await db
    .updateTable('actionItems')
    .set({ regionCode })
    .where('ownerOrganizationId', '=', officeId)
    .execute();
  await db
    .updateTable('indicators')
    .set({ regionCode })
    .where('responsibleOrganizationId', '=', officeId)
    .execute();
}
