import type {
  IndicatorOffTargetOutput,
  IndicatorRankingOutput,
  IndicatorRegionSeriesOutput,
  indicatorOffTargetInput,
  indicatorRankingInput,
  indicatorRegionSeriesInput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';

// CONTRACT STUB (helper A replaces every body): the ranking, a region's series, off-target values.

export async function indicatorRanking(
  _ctx: Context,
  _input: z.output<typeof indicatorRankingInput>,
): Promise<IndicatorRankingOutput> {
  throw new Error('not built yet');
}

export async function regionIndicatorSeries(
  _ctx: Context,
  _input: z.output<typeof indicatorRegionSeriesInput>,
): Promise<IndicatorRegionSeriesOutput> {
  throw new Error('not built yet');
}

export async function offTargetIndicators(
  _ctx: Context,
  _input: z.output<typeof indicatorOffTargetInput>,
): Promise<IndicatorOffTargetOutput> {
  throw new Error('not built yet');
}
