import {
  commitmentCreateInput,
  commitmentDetailSchema,
  commitmentGetInput,
  commitmentListInput,
  commitmentListOutput,
  commitmentPartiesOutput,
  commitmentTransitionInput,
  commitmentUpdateInput,
  followInput,
  followOutput,
} from '@tindak/shared';
import {
  createCommitment,
  followCommitment,
  getCommitment,
  listCommitments,
  listParties,
  transitionCommitment,
  updateCommitment,
} from '../services/commitment.service';
import { protectedProcedure, router } from '../trpc';

export const commitmentRouter = router({
  list: protectedProcedure
    .input(commitmentListInput)
    .output(commitmentListOutput)
    .query(({ ctx, input }) => listCommitments(ctx, input)),
  parties: protectedProcedure.output(commitmentPartiesOutput).query(({ ctx }) => listParties(ctx)),
  get: protectedProcedure
    .input(commitmentGetInput)
    .output(commitmentDetailSchema)
    .query(({ ctx, input }) => getCommitment(ctx, input.id)),
  create: protectedProcedure
    .input(commitmentCreateInput)
    .output(commitmentDetailSchema)
    .mutation(({ ctx, input }) => createCommitment(ctx, input)),
  update: protectedProcedure
    .input(commitmentUpdateInput)
    .output(commitmentDetailSchema)
    .mutation(({ ctx, input }) => updateCommitment(ctx, input)),
  transition: protectedProcedure
    .input(commitmentTransitionInput)
    .output(commitmentDetailSchema)
    .mutation(({ ctx, input }) => transitionCommitment(ctx, input)),

  follow: protectedProcedure
    .input(followInput)
    .output(followOutput)
    .mutation(({ ctx, input }) => followCommitment(ctx, ctx.user, input.id, input.follow)),
});
