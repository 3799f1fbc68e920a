import { searchInput, searchOutput } from '@tindak/shared';
import { search } from '../services/search.service';
import { publicProcedure, router } from '../trpc';

export const searchRouter = router({
  query: publicProcedure
    .input(searchInput)
    .output(searchOutput)
    .query(({ ctx, input }) => search(ctx, input)),
});
