import {
  commitmentCreateInput,
  commitmentDetailSchema,
  commitmentGetInput,
  commitmentListInput,
  commitmentListOutput,
  commitmentTransitionInput,
  commitmentUpdateInput,
} from '@tindak/shared';
import {
  createCommitment,
  getCommitment,
  listCommitments,
  transitionCommitment,
  updateCommitment,
} from '../services/commitment.service';
import { publicProcedure, router } from '../trpc';

export const commitmentRouter = router({
  list: publicProcedure
    .input(commitmentListInput)
    .output(commitmentListOutput)
    .query(({ ctx, input }) => listCommitments(ctx, input)),
  get: publicProcedure
    .input(commitmentGetInput)
    .output(commitmentDetailSchema)
    .query(({ ctx, input }) => getCommitment(ctx, input.id)),
  create: publicProcedure
    .input(commitmentCreateInput)
    .output(commitmentDetailSchema)
    .mutation(({ ctx, input }) => createCommitment(ctx, input)),
  update: publicProcedure
    .input(commitmentUpdateInput)
    .output(commitmentDetailSchema)
    .mutation(({ ctx, input }) => updateCommitment(ctx, input)),
  transition: publicProcedure
    .input(commitmentTransitionInput)
    .output(commitmentDetailSchema)
    .mutation(({ ctx, input }) => transitionCommitment(ctx, input)),
});
