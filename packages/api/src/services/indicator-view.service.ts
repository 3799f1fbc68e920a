import {
  type IndicatorOffTargetOutput,
  type IndicatorRegionSeriesOutput,
  type IndicatorSeriesPoint,
  type indicatorOffTargetInput,
  type indicatorRegionSeriesInput,
  regionInScope,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { listIndicatorRows } from '../repositories/indicator.repo';
import { listTargets, listValues } from '../repositories/indicator-value.repo';
import { countOpenWork, latestValues, listWork } from '../repositories/indicator-view.repo';
import { findRegionWithParent } from '../repositories/region-overview.repo';
import { hideUnreadableSources, requireSeenIndicator } from './indicator-access';
import { bandOfValue, shortfall, toValueView, valueMeetsTarget } from './indicator-standing';
import { scopeOf } from './scope';

export { indicatorRanking } from './indicator-ranking';

/**
 * A region's indicators over periods (the region page): each visible active indicator with a value
 * or target for the region (or the one asked for), oldest period first, and the work meant to move it.
 */
export async function regionIndicatorSeries(
  ctx: Context,
  input: z.output<typeof indicatorRegionSeriesInput>,
): Promise<IndicatorRegionSeriesOutput> {
  const scope = scopeOf(ctx);
  const region = await findRegionWithParent(ctx.db, input.regionCode);
  if (!region || !regionInScope(scope, region.code)) throw new NotFoundError('regionNotFound', 'regionCode');
  const indicators = input.indicatorId
    ? [await requireSeenIndicator(ctx, input.indicatorId)]
    : await listIndicatorRows(ctx.db, { scope, includeInactive: false });
  const filter = { indicatorIds: indicators.map((i) => i.id), scope, regionCodes: [region.code] };
  const values = await listValues(ctx.db, filter);
  const targets = await listTargets(ctx.db, filter);
  const series: IndicatorRegionSeriesOutput['indicators'] = [];
  for (const indicator of indicators) {
    const own = values.filter((v) => v.indicatorId === indicator.id);
    const ownTargets = targets.filter((t) => t.indicatorId === indicator.id);
    const periods = [...new Set([...own.map((v) => v.period), ...ownTargets.map((t) => t.period)])].sort();
    if (periods.length === 0 && !input.indicatorId) continue;
    const points = periods.map((period): IndicatorSeriesPoint => {
      const row = own.find((v) => v.period === period);
      const value = row ? toValueView(indicator, row) : null;
      const target = ownTargets.find((t) => t.period === period)?.target ?? null;
      return {
        period,
        value: value?.value ?? null,
        predicate: value?.predicate ?? null,
        band: value?.band ?? null,
        target,
        meetsTarget: value ? valueMeetsTarget(indicator, value.value, value.predicate, target) : null,
        source: value?.source ?? null,
      };
    });
    series.push({ indicator, points, work: await listWork(ctx.db, indicator.id, region.code, scope) });
  }
  await hideUnreadableSources(
    ctx,
    series.flatMap((s) => s.points.map((p) => p.source)),
  );
  return { region: { code: region.code, name: region.name, kind: region.kind }, indicators: series };
}

/**
 * Beranda for heads: for each indicator and region in scope, the latest period with a value, when
 * it misses that period's target; the furthest off (relative to the target) first.
 */
export async function offTargetIndicators(
  ctx: Context,
  input: z.output<typeof indicatorOffTargetInput>,
): Promise<IndicatorOffTargetOutput> {
  const scope = scopeOf(ctx);
  const indicators = await listIndicatorRows(ctx.db, { scope, includeInactive: false });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const ids = [...byId.keys()];
  const work = await countOpenWork(ctx.db, ids, scope);
  const off = (await latestValues(ctx.db, ids, scope)).flatMap((row) => {
    const indicator = byId.get(row.indicatorId);
    if (!indicator || row.target === null) return [];
    const value = row.value === null ? null : Number(row.value);
    const target = Number(row.target);
    if (valueMeetsTarget(indicator, value, row.predicate, target) !== false) return [];
    const by = shortfall(indicator, value, row.predicate, target);
    return [{ by, indicator, row: { ...row, value, target } }];
  });
  off.sort(
    (a, b) =>
      b.by - a.by ||
      a.indicator.name.localeCompare(b.indicator.name) ||
      a.row.regionCode.localeCompare(b.row.regionCode),
  );
  return {
    total: off.length,
    rows: off.slice(0, input.limit).map(({ indicator, row }) => ({
      indicator: {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
      },
      region: { code: row.regionCode, name: row.regionName, kind: row.regionKind },
      period: row.period,
      value: row.value,
      predicate: row.predicate,
      band: bandOfValue(indicator.bands, row.value, row.predicate),
      target: row.target,
      openWork: work.get(`${indicator.id}|${row.regionCode}`) ?? 0,
    })),
  };
}
