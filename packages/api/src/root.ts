import { actionItemRouter } from './routers/action-item.router';
import { agreementRouter } from './routers/agreement.router';
import { authRouter } from './routers/auth.router';
import { calendarRouter } from './routers/calendar.router';
import { commitmentRouter } from './routers/commitment.router';
import { dashboardRouter } from './routers/dashboard.router';
import { digestRouter } from './routers/digest.router';
import { directiveRouter } from './routers/directive.router';
import { directoryImportRouter } from './routers/directory-import.router';
import { indicatorRouter } from './routers/indicator.router';
import { indicatorImportRouter } from './routers/indicator-import.router';
import { letterRouter } from './routers/letter.router';
import { liveRouter } from './routers/live.router';
import { meetingRouter } from './routers/meeting.router';
import { meetingSeriesRouter } from './routers/meeting-series.router';
import { organizationRouter } from './routers/organization.router';
import { outboxRouter } from './routers/outbox.router';
import { personRouter } from './routers/person.router';
import { proposalRouter } from './routers/proposal.router';
import { publicRouter } from './routers/public.router';
import { regionRouter } from './routers/region.router';
import { searchRouter } from './routers/search.router';
import { setupRouter } from './routers/setup.router';
import { userRouter } from './routers/user.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  users: userRouter,
  regions: regionRouter,
  organizations: organizationRouter,
  people: personRouter,
  directoryImport: directoryImportRouter,
  meetings: meetingRouter,
  meetingSeries: meetingSeriesRouter,
  proposals: proposalRouter,
  public: publicRouter,
  commitments: commitmentRouter,
  agreements: agreementRouter,
  indicators: indicatorRouter,
  indicatorImport: indicatorImportRouter,
  actionItems: actionItemRouter,
  directives: directiveRouter,
  search: searchRouter,
  dashboard: dashboardRouter,
  outbox: outboxRouter,
  digests: digestRouter,
  live: liveRouter,
  calendar: calendarRouter,
  letters: letterRouter,
  setup: setupRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
