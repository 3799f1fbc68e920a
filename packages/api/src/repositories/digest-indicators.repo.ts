import type { Database } from '@tindak/db';
import type { Band } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { DIGEST_SECTION_ROWS } from './digest-items.repo';
import { around } from './digest-scope.repo';
import { inRegionRaw } from './region-filter';

/**
 * The weekly digest's indicator lists (issue 18), for one scope region and time zone: the values
 * recorded last week, and the latest value of each indicator and region that misses its target.
 * Like the other digest lists, each is gathered once, counted, and cut to its first rows before the
 * joins; the statement text depends only on whether the reader sees everything, so the worker's
 * prepared statements (db/src/prepared.ts) are planned twice at most.
 */

/** One value as a digest row shows it; numbers converted from PostgreSQL's numeric strings. */
export interface IndicatorDigestRow {
  indicatorName: string;
  unit: string;
  bands: Band[];
  regionCode: string;
  regionName: string;
  period: string;
  value: number | null;
  predicate: string | null;
  /** The value of the period before, for the same indicator and region. */
  previousValue: number | null;
  previousPredicate: string | null;
  /** The target of the value's own period, when one is set. */
  target: number | null;
}

/**
 * `seesIndicator` (shared/authority.ts) in SQL: an indicator is seen where its home region and the
 * scope overlap, either way round (a regency sees its province's indicators, a province its
 * regencies'); an indicator without a home is everyone's.
 */
function indicatorSeen(region: string | null): RawBuilder<boolean> {
  if (region === null) return sql<boolean>`true`;
  return sql<boolean>`(i.region_code is null or ${inRegionRaw('i.region_code', region)}
    or starts_with(${region}::text, i.region_code || '.'))`;
}

/** A value for a region in scope (`regionInScope`), of an indicator the reader sees, still kept. */
function inScope(region: string | null): RawBuilder<boolean> {
  const valueRegion = region === null ? sql`true` : inRegionRaw('v.region_code', region);
  return sql<boolean>`i.active and ${indicatorSeen(region)} and ${valueRegion}`;
}

/** `previousPeriod` (shared/schemas/indicator.ts) in SQL: 2025 → 2024, 2025-Q1 → 2024-Q4, 2025-01 → 2024-12. */
function previousPeriodOf(column: string): RawBuilder<string> {
  const p = sql.raw(column);
  return sql<string>`case
    when length(${p}) = 4 then (${p}::int - 1)::text
    when substr(${p}, 6, 1) = 'Q' then case when right(${p}, 1) = '1'
      then (left(${p}, 4)::int - 1)::text || '-Q4'
      else left(${p}, 4) || '-Q' || (right(${p}, 1)::int - 1)::text end
    else to_char(to_date(${p} || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')
  end`;
}

/**
 * Whether the value in `l` misses the target in `t` by the indicator's direction. A value given only
 * as a predicate ("Cukup") misses when its whole band lies on the wrong side of the target: Cukup
 * (1.8–2.6, the upper bound excluded) misses a target of 2.6. The last band includes its upper bound.
 */
const missesTarget = sql<boolean>`case
  when l.value is not null then
    case when i.direction = 'higher_is_better' then l.value < t.target else l.value > t.target end
  else exists (
    select 1 from jsonb_array_elements(i.bands) with ordinality b(band, n)
    where lower(b.band->>'label') = lower(l.predicate) and case when i.direction = 'higher_is_better'
      then (b.band->>'to')::numeric < t.target
        or ((b.band->>'to')::numeric = t.target and b.n < jsonb_array_length(i.bands))
      else (b.band->>'from')::numeric > t.target end)
  end`;

/** The columns of a row cut from `cut` (a value with indicator_id, region_code, period, value, predicate). */
const rowColumns = sql`i.name as "indicatorName", i.unit, i.bands, r.code as "regionCode", r.name as "regionName",
  v.period, v.value::text as value, v.predicate,
  pv.value::text as "previousValue", pv.predicate as "previousPredicate", t.target::text as target`;

const rowJoins = sql`join indicators i on i.id = v.indicator_id
  join regions r on r.code = v.region_code
  left join indicator_values pv on pv.indicator_id = v.indicator_id and pv.region_code = v.region_code
    and pv.period = ${previousPeriodOf('v.period')}
  left join indicator_targets t on t.indicator_id = v.indicator_id and t.region_code = v.region_code
    and t.period = v.period`;

/** How both lists read: indicator by indicator, newest period first, regions in code order. */
const listOrder = sql`v.indicator_name, v.period desc, v.region_code`;

type RawRow = Omit<IndicatorDigestRow, 'value' | 'previousValue' | 'target'> & {
  value: string | null;
  previousValue: string | null;
  target: string | null;
  total: number;
};

const numberOrNull = (text: string | null) => (text === null ? null : Number(text));

function toRows(raw: RawRow[]) {
  return {
    total: raw[0]?.total ?? 0,
    rows: raw.map(
      ({ total: _t, ...row }): IndicatorDigestRow => ({
        ...row,
        value: numberOrNull(row.value),
        previousValue: numberOrNull(row.previousValue),
        target: numberOrNull(row.target),
      }),
    ),
  };
}

export interface IndicatorDigestQuery {
  scopeRegion: string | null;
  timeZone: string;
  /** Last week, Monday..Sunday, as the reader's zone reckons it: [lastWeekStart, weekStart). */
  lastWeekStart: string;
  weekStart: string;
}

/** Values recorded last week in scope: the first DIGEST_SECTION_ROWS and the count of all. */
export async function listRecordedIndicatorValues(db: Database, query: IndicatorDigestQuery) {
  const { scopeRegion, lastWeekStart, weekStart } = query;
  const tz = query.timeZone;
  const rows = await sql<RawRow>`
    with recorded as materialized (
      select v.*, i.name as indicator_name from indicator_values v join indicators i on i.id = v.indicator_id
      where ${inScope(scopeRegion)}
        and (v.recorded_at at time zone ${tz})::date between ${lastWeekStart}::date and (${weekStart}::date - 1)
        and ${around('v.recorded_at', lastWeekStart, sql`${weekStart}::date`)}
    )
    select ${rowColumns}, (select count(*)::int from recorded) as total
    from (select * from recorded v order by ${listOrder} limit ${DIGEST_SECTION_ROWS}) v
    ${rowJoins}
    order by ${listOrder}`.execute(db);
  return toRows(rows.rows);
}

/**
 * The latest value of each indicator and region in scope, where a target is set for that value's
 * period and the value misses it: the first DIGEST_SECTION_ROWS and the count of all. A region whose
 * latest period has no target yet is not counted: there is nothing it misses.
 */
export async function listOffTargetIndicatorValues(db: Database, scopeRegion: string | null) {
  const rows = await sql<RawRow>`
    with latest as materialized (
      select distinct on (v.indicator_id, v.region_code) v.indicator_id, v.region_code, v.period, v.value, v.predicate
      from indicator_values v join indicators i on i.id = v.indicator_id
      where ${inScope(scopeRegion)}
      order by v.indicator_id, v.region_code, v.period desc
    ), missed as materialized (
      select l.*, i.name as indicator_name from latest l
      join indicators i on i.id = l.indicator_id
      join indicator_targets t on t.indicator_id = l.indicator_id and t.region_code = l.region_code
        and t.period = l.period
      where ${missesTarget}
    )
    select ${rowColumns}, (select count(*)::int from missed) as total
    from (select * from missed v order by ${listOrder} limit ${DIGEST_SECTION_ROWS}) v
    ${rowJoins}
    order by ${listOrder}`.execute(db);
  return toRows(rows.rows);
}
