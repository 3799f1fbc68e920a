import type { Database } from '@tindak/db';
import type { Band, Indicator } from '@tindak/shared';
import { sql } from 'kysely';
import { inRegionRaw } from './region-filter';

/**
 * An indicator is seen where its home (the keeping office's region, kept on the row) and the scope
 * overlap: `seesIndicator` in @tindak/shared, as SQL on a column holding the home.
 */
export function indicatorSeen(column: string, scope: string | null) {
  if (scope === null) return sql<boolean>`true`;
  return sql<boolean>`(${sql.raw(column)} is null or ${inRegionRaw(column, scope)}
    or ${scope} like ${sql.raw(column)} || '.%')`;
}

function selectIndicators(db: Database) {
  return db
    .selectFrom('indicators as i')
    .innerJoin('organizations as o', 'o.id', 'i.responsibleOrganizationId')
    .select([
      'i.id',
      'i.name',
      'i.description',
      'i.unit',
      'i.direction',
      'i.scaleMin',
      'i.scaleMax',
      'i.bands',
      'i.bandsSource',
      'i.periodKind',
      'i.regionCode',
      'i.active',
      'i.version',
      'o.id as officeId',
      'o.name as officeName',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectIndicators>['execute']>>[number];

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function toIndicator(row: Row): Indicator {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    unit: row.unit,
    direction: row.direction,
    scaleMin: numberOrNull(row.scaleMin),
    scaleMax: numberOrNull(row.scaleMax),
    bands: row.bands as Band[],
    bandsSource: row.bandsSource,
    periodKind: row.periodKind,
    responsibleOffice: { id: row.officeId, name: row.officeName, regionCode: row.regionCode },
    active: row.active,
    version: row.version,
  };
}

export async function findIndicator(db: Database, id: string): Promise<Indicator | undefined> {
  const row = await selectIndicators(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toIndicator(row) : undefined;
}

/** The indicators seen from `scope`, by name; `q` matches the name, case and accents aside. */
export async function listIndicatorRows(
  db: Database,
  filter: { scope: string | null; q?: string | undefined; includeInactive: boolean },
): Promise<Indicator[]> {
  let query = selectIndicators(db)
    .where(indicatorSeen('i.region_code', filter.scope))
    .orderBy('i.name')
    .orderBy('i.id');
  if (!filter.includeInactive) query = query.where('i.active', '=', true);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`tindak_search_text(i.name) like tindak_search_text(${pattern})`);
  }
  return (await query.execute()).map(toIndicator);
}

export async function findIndicatorIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('indicators')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

/** The indicator's own columns, locked: concurrent changes to it (and its targets) queue behind. */
export function lockIndicator(db: Database, id: string) {
  return db
    .selectFrom('indicators')
    .select([
      'id',
      'name',
      'description',
      'unit',
      'direction',
      'scaleMin',
      'scaleMax',
      'bands',
      'bandsSource',
      'periodKind',
      'responsibleOrganizationId',
      'regionCode',
      'active',
      'version',
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
export type LockedIndicator = NonNullable<Awaited<ReturnType<typeof lockIndicator>>>;

/** What define and update write: the input's fields, with the keeping office's region. */
export interface IndicatorColumns {
  name: string;
  description: string | null;
  unit: Indicator['unit'];
  direction: Indicator['direction'];
  scaleMin: number | null;
  scaleMax: number | null;
  bands: Band[];
  bandsSource: string | null;
  periodKind: Indicator['periodKind'];
  responsibleOrganizationId: string;
  regionCode: string | null;
}

export async function insertIndicator(
  db: Database,
  values: IndicatorColumns & { idempotencyKey: string | null },
): Promise<string> {
  const row = await db
    .insertInto('indicators')
    .values({ ...values, bands: JSON.stringify(values.bands) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the changes and moves the indicator to its next version. */
export async function updateIndicatorRow(
  db: Database,
  id: string,
  changes: Partial<IndicatorColumns & { active: boolean }>,
): Promise<void> {
  const { bands, ...rest } = changes;
  await db
    .updateTable('indicators')
    .set({
      ...rest,
      ...(bands ? { bands: JSON.stringify(bands) } : {}),
      version: sql`version + 1`,
      updatedAt: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function indicatorHasValues(db: Database, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('indicatorValues')
    .select('id')
    .where('indicatorId', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The office that would keep an indicator: its region and whether it still takes new records. */
export function findKeepingOffice(db: Database, id: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'regionCode', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}
