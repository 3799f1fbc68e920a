import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import { inRegion } from './region-filter';

// What the indicator import and export read: the values a file would replace, an apply already
// made with a key, and the values of one indicator as the export lists them.

/** The values recorded for these periods (a file names a few), by region and period. */
export async function valuesForPeriods(db: Database, indicatorId: string, periods: readonly string[]) {
  if (periods.length === 0) return [];
  const rows = await db
    .selectFrom('indicatorValues')
    .select(['regionCode', 'period', 'value', 'predicate', 'version'])
    .where('indicatorId', '=', indicatorId)
    .where('period', 'in', [...periods])
    .execute();
  return rows.map((row) => ({ ...row, value: row.value === null ? null : Number(row.value) }));
}
export type CurrentValue = Awaited<ReturnType<typeof valuesForPeriods>>[number];

/**
 * The summary an earlier apply with this key recorded (its IndicatorValuesImported event), if any.
 * The caller holds the key's advisory lock, so two applies with one key never both run.
 */
export async function findIndicatorImport(db: Database, indicatorId: string, userId: string, key: string) {
  const row = await db
    .selectFrom('events')
    .select('payload')
    .where('aggregateType', '=', 'indicator')
    .where('aggregateId', '=', indicatorId)
    .where('actorId', '=', userId)
    .where('eventType', '=', 'IndicatorValuesImported')
    .where(sql<string>`payload->>'idempotencyKey'`, '=', key)
    .executeTakeFirst();
  return row?.payload;
}

/** Serialises applies with the same idempotency key until the transaction ends. */
export async function lockIndicatorImportKey(db: Database, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`indicatorImport:${key}`}, 0))`.execute(db);
}

/**
 * One indicator's values as the export lists them: in the caller's scope (null: everywhere),
 * beneath a parent region and for one period when asked, newest period first, then by region code.
 */
export async function listValuesForExport(
  db: Database,
  filter: {
    indicatorId: string;
    scopeRegion: string | null;
    parentRegionCode?: string;
    period?: string;
    limit: number;
  },
) {
  let query = db
    .selectFrom('indicatorValues as v')
    .innerJoin('regions as r', 'r.code', 'v.regionCode')
    .leftJoin('indicatorTargets as t', (join) =>
      join
        .onRef('t.indicatorId', '=', 'v.indicatorId')
        .onRef('t.regionCode', '=', 'v.regionCode')
        .onRef('t.period', '=', 'v.period'),
    )
    .leftJoin('users as u', 'u.id', 'v.recordedBy')
    .leftJoin('meetings as m', 'm.id', 'v.sourceMeetingId')
    .select([
      'r.name as regionName',
      'r.code as regionCode',
      'v.period',
      'v.value',
      'v.predicate',
      't.target',
      'v.sourceKind',
      'v.sourceNote',
      'm.title as meetingTitle',
      'u.displayName as recordedBy',
      'v.recordedAt',
    ])
    .where('v.indicatorId', '=', filter.indicatorId);
  if (filter.scopeRegion !== null) query = query.where(inRegion('v.regionCode', filter.scopeRegion));
  if (filter.parentRegionCode) query = query.where(inRegion('v.regionCode', filter.parentRegionCode));
  if (filter.period) query = query.where('v.period', '=', filter.period);
  const rows = await query.orderBy('v.period', 'desc').orderBy('r.code').limit(filter.limit).execute();
  return rows.map((row) => ({
    ...row,
    value: row.value === null ? null : Number(row.value),
    target: row.target === null ? null : Number(row.target),
  }));
}
