import { regionListOutput } from '@tindak/shared';
import { listRegions } from '../repositories/region.repo';
import { protectedProcedure, router } from '../trpc';

export const regionRouter = router({
  list: protectedProcedure.output(regionListOutput).query(({ ctx }) => listRegions(ctx.db)),
});
