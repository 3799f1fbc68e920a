import {
  bandNamed,
  type Indicator,
  type IndicatorRankingOutput,
  type IndicatorRankingRow,
  type indicatorRankingInput,
  previousPeriod,
  regionInScope,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { listPeriods, listTargets, listValues } from '../repositories/indicator-value.repo';
import { countOpenWork } from '../repositories/indicator-view.repo';
import { findRegionWithParent, listChildRegions, listProvinces } from '../repositories/region-overview.repo';
import { hideUnreadableSources, requirePeriodOfKind, requireSeenIndicator } from './indicator-access';
import { toValueView, valueMeetsTarget } from './indicator-standing';
import { scopeOf } from './scope';

type RegionRef = IndicatorRankingRow['region'];

/**
 * The regions ranked: the parent itself and its direct children, or (no parent) the provinces,
 * each only when in scope. A parent that is missing, or that shows nothing in scope, reads as missing.
 */
async function rankedRegions(ctx: Context, parentCode: string | null): Promise<RegionRef[]> {
  const scope = scopeOf(ctx);
  if (parentCode === null) {
    const provinces = await listProvinces(ctx.db, scope);
    return provinces
      .filter((p) => regionInScope(scope, p.code))
      .map((p) => ({ code: p.code, name: p.name, kind: 'province' as const }));
  }
  const parent = await findRegionWithParent(ctx.db, parentCode);
  const regions = parent
    ? [
        { code: parent.code, name: parent.name, kind: parent.kind },
        ...(await listChildRegions(ctx.db, parentCode)),
      ]
    : [];
  const seen = regions.filter((region) => regionInScope(scope, region.code));
  if (seen.length === 0) throw new NotFoundError('regionNotFound', 'parentRegionCode');
  return seen;
}

/**
 * Best first: numbers by the indicator's direction, then predicate-only values by their band
 * (better bands first, an unknown predicate after them), then regions without a value. Equal
 * standings share a rank (1, 1, 3); a region without a value has none.
 */
export function rankRows(indicator: Pick<Indicator, 'direction' | 'bands'>, rows: IndicatorRankingRow[]) {
  const sign = indicator.direction === 'higher_is_better' ? -1 : 1;
  const score = (row: IndicatorRankingRow): [number, number] => {
    const value = row.value;
    if (!value) return [2, 0];
    if (value.value !== null) return [0, sign * value.value];
    const band = bandNamed(indicator.bands, value.predicate);
    return band ? [1, sign * indicator.bands.indexOf(band)] : [1, Number.MAX_SAFE_INTEGER];
  };
  const scored = rows.map((row) => ({ row, score: score(row) }));
  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  scored.sort((a, b) =>
    before(a.score, b.score)
      ? -1
      : before(b.score, a.score)
        ? 1
        : a.row.region.code.localeCompare(b.row.region.code),
  );
  return scored.map(({ row, score }) => ({
    ...row,
    rank: score[0] === 2 ? null : 1 + scored.filter((other) => before(other.score, score)).length,
  }));
}

export async function indicatorRanking(
  ctx: Context,
  input: z.output<typeof indicatorRankingInput>,
): Promise<IndicatorRankingOutput> {
  const scope = scopeOf(ctx);
  const indicator = await requireSeenIndicator(ctx, input.indicatorId);
  if (input.period) requirePeriodOfKind(indicator, input.period);
  const regions = await rankedRegions(ctx, input.parentRegionCode);
  const periods = await listPeriods(ctx.db, indicator.id, scope);
  const period = input.period ?? periods.find((p) => p.hasValue)?.period ?? periods[0]?.period ?? null;
  const before = period ? previousPeriod(period) : null;
  const filter = { indicatorIds: [indicator.id], scope, regionCodes: regions.map((r) => r.code) };
  const values = period ? await listValues(ctx.db, { ...filter, periods: [period, before ?? period] }) : [];
  const targets = period ? await listTargets(ctx.db, { ...filter, periods: [period] }) : [];
  const work = await countOpenWork(ctx.db, [indicator.id], scope);
  const rows = regions.map((region): IndicatorRankingRow => {
    const row = values.find((v) => v.regionCode === region.code && v.period === period);
    const value = row ? toValueView(indicator, row) : null;
    const earlier = values.find((v) => v.regionCode === region.code && v.period === before);
    const previousValue = earlier?.value == null ? null : Number(earlier.value);
    const target = targets.find((t) => t.regionCode === region.code) ?? null;
    return {
      region,
      rank: null,
      value,
      target,
      meetsTarget: value
        ? valueMeetsTarget(indicator, value.value, value.predicate, target?.target ?? null)
        : null,
      previousValue,
      previousPredicate: earlier?.predicate ?? null,
      change: value?.value != null && previousValue !== null ? value.value - previousValue : null,
      openWork: work.get(`${indicator.id}|${region.code}`) ?? 0,
    };
  });
  await hideUnreadableSources(
    ctx,
    rows.map((row) => row.value?.source),
  );
  return {
    indicator,
    period,
    previousPeriod: before,
    periods: periods.map((p) => p.period),
    rows: rankRows(indicator, rows),
  };
}
