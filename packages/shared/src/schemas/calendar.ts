import { z } from 'zod';

/** A feed's token is kept only as a hash, so its URL is shown once, when it is made. */
export const calendarFeedStatusOutput = z.object({ createdAt: z.string() }).nullable();
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusOutput>;

export const calendarFeedCreatedOutput = z.object({ url: z.string(), createdAt: z.string() });
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedOutput>;
