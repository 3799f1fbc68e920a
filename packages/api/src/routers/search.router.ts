import { searchInput, searchOutput } from '@tindak/shared';
import { search } from '../services/search.service';
import { protectedProcedure, router } from '../trpc';

export const searchRouter = router({
  query: protectedProcedure
    .input(searchInput)
    .output(searchOutput)
    .query(({ ctx, input }) => search(ctx, input)),
});
