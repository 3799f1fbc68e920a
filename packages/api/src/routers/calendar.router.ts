import { calendarFeedCreatedOutput, calendarFeedStatusOutput } from '@tindak/shared';
import { z } from 'zod';
import { createFeed, feedStatus, revokeFeed } from '../calendar/calendar.service';
import { protectedProcedure, router } from '../trpc';

export const calendarRouter = router({
  /** Whether a feed is live (its URL was shown when it was made; only a hash is kept). */
  feedUrl: protectedProcedure.output(calendarFeedStatusOutput).query(({ ctx }) => feedStatus(ctx)),
  createFeed: protectedProcedure.output(calendarFeedCreatedOutput).mutation(({ ctx }) => createFeed(ctx)),
  revokeFeed: protectedProcedure.output(z.void()).mutation(({ ctx }) => revokeFeed(ctx)),
});
