import type { Database } from '@tindak/db';
import type { IndicatorSourceKind, IndicatorTarget } from '@tindak/shared';
import { sql } from 'kysely';
import { inRegionRaw } from './region-filter';

/** A region code column within the scope (null: every region). */
export function regionWithin(column: string, scope: string | null) {
  return scope === null ? sql<boolean>`true` : inRegionRaw(column, scope);
}

/**
 * Which values or targets to read: always of some indicators, within a scope. (The lists below add
 * '' to each `in (…)`: an empty list would be invalid SQL, and no code or period is ''.)
 */
export interface ValueFilter {
  indicatorIds: readonly string[];
  scope: string | null;
  regionCodes?: readonly string[];
  periods?: readonly string[];
}

function selectValues(db: Database) {
  return db
    .selectFrom('indicatorValues as v')
    .innerJoin('regions as r', 'r.code', 'v.regionCode')
    .leftJoin('meetings as m', 'm.id', 'v.sourceMeetingId')
    .leftJoin('actionItemEvidence as ev', 'ev.id', 'v.sourceEvidenceId')
    .leftJoin('actionItems as ai', 'ai.id', 'ev.actionItemId')
    .leftJoin('users as u', 'u.id', 'v.recordedBy')
    .select([
      'v.id',
      'v.indicatorId',
      'v.regionCode',
      'r.name as regionName',
      'r.kind as regionKind',
      'v.period',
      'v.value',
      'v.predicate',
      'v.sourceKind',
      'm.id as meetingId',
      'm.title as meetingTitle',
      'ai.id as actionItemId',
      'ai.title as actionItemTitle',
      'v.sourceFileId',
      'v.sourceNote',
      'u.displayName as recordedBy',
      'v.recordedAt',
      'v.version',
    ]);
}

export type ValueRow = Awaited<ReturnType<ReturnType<typeof selectValues>['execute']>>[number];

export async function listValues(db: Database, filter: ValueFilter): Promise<ValueRow[]> {
  if (filter.indicatorIds.length === 0) return [];
  let query = selectValues(db)
    .where('v.indicatorId', 'in', filter.indicatorIds)
    .where(regionWithin('v.region_code', filter.scope))
    .orderBy('v.period')
    .orderBy('v.regionCode');
  if (filter.regionCodes) query = query.where('v.regionCode', 'in', [...filter.regionCodes, '']);
  if (filter.periods) query = query.where('v.period', 'in', [...filter.periods, '']);
  return query.execute();
}

export async function findValueRow(db: Database, id: string): Promise<ValueRow | undefined> {
  return selectValues(db).where('v.id', '=', id).executeTakeFirst();
}

export async function listTargets(db: Database, filter: ValueFilter): Promise<IndicatorTarget[]> {
  if (filter.indicatorIds.length === 0) return [];
  let query = db
    .selectFrom('indicatorTargets as t')
    .select(['t.indicatorId', 't.regionCode', 't.period', 't.target', 't.version'])
    .where('t.indicatorId', 'in', filter.indicatorIds)
    .where(regionWithin('t.region_code', filter.scope))
    .orderBy('t.period')
    .orderBy('t.regionCode');
  if (filter.regionCodes) query = query.where('t.regionCode', 'in', [...filter.regionCodes, '']);
  if (filter.periods) query = query.where('t.period', 'in', [...filter.periods, '']);
  return (await query.execute()).map((row) => ({ ...row, target: Number(row.target) }));
}

/** Every period of the indicator with a value or a target in scope, newest first, and whether it has a value. */
export async function listPeriods(db: Database, indicatorId: string, scope: string | null) {
  const { rows } = await sql<{ period: string; hasValue: boolean }>`
    select period, bool_or(has_value) as "hasValue" from (
      select v.period, true as has_value from indicator_values v
        where v.indicator_id = ${indicatorId} and ${regionWithin('v.region_code', scope)}
      union all
      select t.period, false from indicator_targets t
        where t.indicator_id = ${indicatorId} and ${regionWithin('t.region_code', scope)}
    ) p group by period order by period desc`.execute(db);
  return rows;
}

export function lockValue(db: Database, key: { indicatorId: string; regionCode: string; period: string }) {
  return db
    .selectFrom('indicatorValues')
    .select(['id', 'value', 'predicate', 'version'])
    .where('indicatorId', '=', key.indicatorId)
    .where('regionCode', '=', key.regionCode)
    .where('period', '=', key.period)
    .forUpdate()
    .executeTakeFirst();
}

export async function findValueIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('indicatorValues')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

/** A value's columns as written (first time or replacing). */
export interface ValueColumns {
  value: number | null;
  predicate: string | null;
  sourceKind: IndicatorSourceKind;
  sourceMeetingId: string | null;
  sourceEvidenceId: string | null;
  sourceFileId: string | null;
  sourceNote: string | null;
  recordedBy: string | null;
  idempotencyKey: string | null;
}

/**
 * The first value for its region and period; undefined when another transaction wrote one
 * meanwhile (the caller answers CONFLICT instead of failing its whole transaction).
 */
export async function insertValue(
  db: Database,
  key: { indicatorId: string; regionCode: string; period: string },
  columns: ValueColumns,
) {
  return db
    .insertInto('indicatorValues')
    .values({ ...key, ...columns })
    .onConflict((oc) => oc.constraint('indicator_values_one_per_period').doNothing())
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Replaces a (locked) value and moves it to its next version. */
export async function replaceValue(db: Database, id: string, columns: ValueColumns) {
  return db
    .updateTable('indicatorValues')
    .set({ ...columns, recordedAt: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id)
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** The targets of these regions for one period, locked (absent ones are simply not there). */
export async function lockTargets(db: Database, indicatorId: string, period: string, codes: string[]) {
  const rows = await db
    .selectFrom('indicatorTargets')
    .select(['regionCode', 'target', 'version'])
    .where('indicatorId', '=', indicatorId)
    .where('period', '=', period)
    .where('regionCode', 'in', codes)
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.regionCode, { target: Number(row.target), version: row.version }]));
}

/** Writes one target for many regions: new ones at version 1, existing ones at their next version. */
export async function upsertTargets(
  db: Database,
  target: { indicatorId: string; period: string; target: number; setBy: string | null },
  codes: string[],
): Promise<void> {
  await db
    .insertInto('indicatorTargets')
    .values(
      codes.map((regionCode) => ({
        indicatorId: target.indicatorId,
        regionCode,
        period: target.period,
        target: target.target,
        setBy: target.setBy,
      })),
    )
    .onConflict((oc) =>
      oc.constraint('indicator_targets_one_per_period').doUpdateSet({
        target: (eb) => eb.ref('excluded.target'),
        setBy: (eb) => eb.ref('excluded.setBy'),
        setAt: sql`now()`,
        version: sql`indicator_targets.version + 1`,
      }),
    )
    .execute();
}
