import { regionListOutput } from '@tindak/shared';
import { listRegions } from '../repositories/region.repo';
import { publicProcedure, router } from '../trpc';

export const regionRouter = router({
  list: publicProcedure.output(regionListOutput).query(({ ctx }) => listRegions(ctx.db)),
});
