import { dashboardHomeInput, dashboardHomeOutput } from '@tindak/shared';
import { homeDashboard } from '../services/dashboard.service';
import { protectedProcedure, router } from '../trpc';

export const dashboardRouter = router({
  /** The signed-in user's home page (Beranda). */
  home: protectedProcedure
    .input(dashboardHomeInput)
    .output(dashboardHomeOutput)
    .query(({ ctx }) => homeDashboard(ctx, ctx.user)),
});
