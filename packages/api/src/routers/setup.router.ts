import {
  regionListOutput,
  setupChecklistOutput,
  setupInput,
  setupOutput,
  setupStatusOutput,
  testMailOutput,
} from '@tindak/shared';
import { listRegions } from '../repositories/region.repo';
import { completeSetup, setupStatus } from '../services/setup.service';
import { sendTestMail, setupChecklist } from '../services/setup-checklist.service';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const setupRouter = router({
  /** Public: the first page of an empty installation says where to find the setup link. */
  status: publicProcedure.output(setupStatusOutput).query(({ ctx }) => setupStatus(ctx)),
  /** The national list for the setup form's region picker (public data, as published by Kemendagri). */
  regions: publicProcedure.output(regionListOutput).query(({ ctx }) => listRegions(ctx.db)),
  /** Public, with the one-time token from the server log; refused once an admin exists. */
  complete: publicProcedure
    .input(setupInput)
    .output(setupOutput)
    .mutation(({ ctx, input }) => completeSetup(ctx, input, ctx.auth)),
  checklist: protectedProcedure.output(setupChecklistOutput).query(({ ctx }) => setupChecklist(ctx)),
  sendTestMail: protectedProcedure.output(testMailOutput).mutation(({ ctx }) => sendTestMail(ctx, ctx.user)),
});
