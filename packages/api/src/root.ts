import { meetingRouter } from './routers/meeting.router';
import { organizationRouter } from './routers/organization.router';
import { personRouter } from './routers/person.router';
import { regionRouter } from './routers/region.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  regions: regionRouter,
  organizations: organizationRouter,
  people: personRouter,
  meetings: meetingRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
