import { regionListOutput, regionOverviewInput, regionOverviewOutput } from '@tindak/shared';
import { listRegions } from '../repositories/region.repo';
import { regionOverview } from '../services/region.service';
import { protectedProcedure, router } from '../trpc';

export const regionRouter = router({
  list: protectedProcedure.output(regionListOutput).query(({ ctx }) => listRegions(ctx.db)),
  overview: protectedProcedure
    .input(regionOverviewInput)
    .output(regionOverviewOutput)
    .query(({ ctx, input }) => regionOverview(ctx, input.code)),
});
