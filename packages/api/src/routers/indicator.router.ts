import {
  indicatorDefineInput,
  indicatorGetInput,
  indicatorGetOutput,
  indicatorListInput,
  indicatorListOutput,
  indicatorOffTargetInput,
  indicatorOffTargetOutput,
  indicatorRankingInput,
  indicatorRankingOutput,
  indicatorRecordValueInput,
  indicatorRegionSeriesInput,
  indicatorRegionSeriesOutput,
  indicatorSchema,
  indicatorSetTargetsInput,
  indicatorSetTargetsOutput,
  indicatorUpdateInput,
  indicatorValueHistoryInput,
  indicatorValueHistoryOutput,
  indicatorValueSchema,
} from '@tindak/shared';
import {
  defineIndicator,
  getIndicator,
  listIndicators,
  updateIndicator,
} from '../services/indicator.service';
import { recordIndicatorValue, setIndicatorTargets, valueHistory } from '../services/indicator-value.service';
import {
  indicatorRanking,
  offTargetIndicators,
  regionIndicatorSeries,
} from '../services/indicator-view.service';
import { protectedProcedure, router } from '../trpc';

/** Indicators and targets (issue 18): definitions, values per region and period, targets, views. */
export const indicatorRouter = router({
  /** The indicators the caller sees, with how the latest period stands in their scope. */
  list: protectedProcedure
    .input(indicatorListInput)
    .output(indicatorListOutput)
    .query(({ ctx, input }) => listIndicators(ctx, input)),
  get: protectedProcedure
    .input(indicatorGetInput)
    .output(indicatorGetOutput)
    .query(({ ctx, input }) => getIndicator(ctx, input)),
  define: protectedProcedure
    .input(indicatorDefineInput)
    .output(indicatorSchema)
    .mutation(({ ctx, input }) => defineIndicator(ctx, input)),
  update: protectedProcedure
    .input(indicatorUpdateInput)
    .output(indicatorSchema)
    .mutation(({ ctx, input }) => updateIndicator(ctx, input)),
  recordValue: protectedProcedure
    .input(indicatorRecordValueInput)
    .output(indicatorValueSchema)
    .mutation(({ ctx, input }) => recordIndicatorValue(ctx, input)),
  setTargets: protectedProcedure
    .input(indicatorSetTargetsInput)
    .output(indicatorSetTargetsOutput)
    .mutation(({ ctx, input }) => setIndicatorTargets(ctx, input)),
  /** Regions ranked for one period: a province and its regencies/cities, or the provinces. */
  ranking: protectedProcedure
    .input(indicatorRankingInput)
    .output(indicatorRankingOutput)
    .query(({ ctx, input }) => indicatorRanking(ctx, input)),
  /** A region's indicators over periods, with the work meant to move them (the region page). */
  regionSeries: protectedProcedure
    .input(indicatorRegionSeriesInput)
    .output(indicatorRegionSeriesOutput)
    .query(({ ctx, input }) => regionIndicatorSeries(ctx, input)),
  /** How one region's value for one period came to be, from the event log. */
  valueHistory: protectedProcedure
    .input(indicatorValueHistoryInput)
    .output(indicatorValueHistoryOutput)
    .query(({ ctx, input }) => valueHistory(ctx, input)),
  /** Latest values off target in scope (Beranda for heads). */
  offTarget: protectedProcedure
    .input(indicatorOffTargetInput)
    .output(indicatorOffTargetOutput)
    .query(({ ctx, input }) => offTargetIndicators(ctx, input)),
});
