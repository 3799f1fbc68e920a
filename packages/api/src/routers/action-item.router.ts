import {
  actionItemAssignDraftInput,
  actionItemCancelDraftInput,
  actionItemCreateInput,
  actionItemDelegateInput,
  actionItemDetailSchema,
  actionItemDraftInput,
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
import { protectedProcedure, router } from '../trpc';

const detail = actionItemDetailSchema;

export const actionItemRouter = router({
  list: protectedProcedure
    .input(actionItemListInput)
    .output(actionItemListOutput)
    .query(({ ctx, input }) => service.listActionItems(ctx, input)),
  get: protectedProcedure
    .input(z.object({ id: uuidSchema }))
    .output(detail)
    .query(({ ctx, input }) => service.getActionItem(ctx, input.id)),
  summary: protectedProcedure
    .input(actionItemSummaryInput)
    .output(actionItemSummaryOutput)
    .query(({ ctx, input }) => service.summarize(ctx, input)),
  create: protectedProcedure
    .input(actionItemCreateInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.createActionItem(ctx, input)),
  createDraft: protectedProcedure
    .input(actionItemDraftInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.createDraft(ctx, input)),
  assignDraft: protectedProcedure
    .input(actionItemAssignDraftInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.assignDraft(ctx, input)),
  cancelDraft: protectedProcedure
    .input(actionItemCancelDraftInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.cancelDraft(ctx, input)),
  update: protectedProcedure
    .input(actionItemUpdateInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.updateActionItemDetails(ctx, input)),
  reportProgress: protectedProcedure
    .input(actionItemProgressInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.reportProgress(ctx, input)),
  changeStatus: protectedProcedure
    .input(actionItemTransitionInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.changeStatus(ctx, input)),
  delegate: protectedProcedure
    .input(actionItemDelegateInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.delegate(ctx, input)),
  requestExtension: protectedProcedure
    .input(extensionRequestInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.requestExtension(ctx, input)),
  decideExtension: protectedProcedure
    .input(extensionDecisionInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.decideExtension(ctx, input)),
  submitEvidence: protectedProcedure
    .input(evidenceSubmitInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.submitEvidence(ctx, input)),
  verify: protectedProcedure
    .input(verificationInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.verify(ctx, input)),
  comment: protectedProcedure
    .input(commentInput)
    .output(detail)
    .mutation(({ ctx, input }) => service.addComment(ctx, input)),
});
