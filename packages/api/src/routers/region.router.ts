import {
  regionListOutput,
  regionNationalInput,
  regionNationalOutput,
  regionOverviewInput,
  regionOverviewOutput,
} from '@tindak/shared';
import { listRegions } from '../repositories/region.repo';
import { regionOverview } from '../services/region.service';
import { nationalOverview } from '../services/region-national.service';
import { protectedProcedure, router } from '../trpc';

export const regionRouter = router({
  list: protectedProcedure.output(regionListOutput).query(({ ctx }) => listRegions(ctx.db)),
  overview: protectedProcedure
    .input(regionOverviewInput)
    .output(regionOverviewOutput)
    .query(({ ctx, input }) => regionOverview(ctx, input.code)),
  national: protectedProcedure
    .input(regionNationalInput)
    .output(regionNationalOutput)
    .query(({ ctx, input }) => nationalOverview(ctx, input?.since)),
});
