import {
  actionItemCreateInput,
  actionItemDelegateInput,
  actionItemDetailSchema,
  actionItemListInput,
  actionItemListOutput,
  actionItemProgressInput,
  actionItemSummaryInput,
  actionItemSummaryOutput,
  actionItemTransitionInput,
  actionItemUpdateInput,
  commentInput,
  evidenceSubmitInput,
  extensionDecisionInput,
  extensionRequestInput,
  uuidSchema,
  verificationInput,
} from '@tindak/shared';
import { z } from 'zod';
import * as service from '../services/action-item.service';
import { publicProcedure, router } from '../trpc';

const detail = actionItemDetailSchema;

export const actionItemRouter = router({
  list: publicProcedure
    .input(actionItemListInput)
    .output(actionItemListOutput)
    .query(({ ctx, input }) => service.listActionItems(ctx, input)),
  get: publicProcedure
    .input(z.object({ id: uuidSchema }))
    .output(detail)
    .query(({ ctx, input }) => service.getActionItem(ctx, input.id)),
  summary: publicProcedure
    .input(actionItemSummaryInput)
    .output(actionItemSummaryOutput)
    .query(({ ctx, input }) => service.summarize(ctx, input)),
  create: publicProcedure
    .input(actionItemCreateInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.createActionItem(ctx, input)),
  update: publicProcedure
    .input(actionItemUpdateInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.updateActionItemDetails(ctx, input)),
  reportProgress: publicProcedure
    .input(actionItemProgressInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.reportProgress(ctx, input)),
  changeStatus: publicProcedure
    .input(actionItemTransitionInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.changeStatus(ctx, input)),
  delegate: publicProcedure
    .input(actionItemDelegateInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.delegate(ctx, input)),
  requestExtension: publicProcedure
    .input(extensionRequestInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.requestExtension(ctx, input)),
  decideExtension: publicProcedure
    .input(extensionDecisionInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.decideExtension(ctx, input)),
  submitEvidence: publicProcedure
    .input(evidenceSubmitInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.submitEvidence(ctx, input)),
  verify: publicProcedure
    .input(verificationInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.verify(ctx, input)),
  comment: publicProcedure
    .input(commentInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.addComment(ctx, input)),
});
