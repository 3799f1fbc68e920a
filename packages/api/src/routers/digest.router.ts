import {
  digestPreviewInput,
  digestPreviewSchema,
  digestSendNowInput,
  digestSendNowOutput,
} from '@tindak/shared';
import { previewMyDigest, sendDigestNow } from '../services/digest.service';
import { protectedProcedure, router } from '../trpc';

export const digestRouter = router({
  preview: protectedProcedure
    .input(digestPreviewInput)
    .output(digestPreviewSchema)
    .query(({ ctx, input }) => previewMyDigest(ctx, ctx.user, input)),
  sendNow: protectedProcedure
    .input(digestSendNowInput)
    .output(digestSendNowOutput)
    .mutation(({ ctx, input }) => sendDigestNow(ctx, ctx.user, input.userId)),
});
