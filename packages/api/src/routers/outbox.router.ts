import { emailDetailSchema, emailIdInput, outboxListInput, outboxListOutput } from '@tindak/shared';
import { getEmail, listOutbox, retryEmail } from '../services/outbox.service';
import { protectedProcedure, router } from '../trpc';

export const outboxRouter = router({
  list: protectedProcedure
    .input(outboxListInput)
    .output(outboxListOutput)
    .query(({ ctx, input }) => listOutbox(ctx, ctx.user, input)),
  get: protectedProcedure
    .input(emailIdInput)
    .output(emailDetailSchema)
    .query(({ ctx, input }) => getEmail(ctx, ctx.user, input.id)),
  retry: protectedProcedure
    .input(emailIdInput)
    .output(emailDetailSchema)
    .mutation(({ ctx, input }) => retryEmail(ctx, ctx.user, input.id)),
});
