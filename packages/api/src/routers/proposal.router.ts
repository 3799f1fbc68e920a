import {
  proposalCreateInput,
  proposalDetailSchema,
  proposalGetInput,
  proposalListInput,
  proposalListOutput,
  proposalTransitionInput,
  proposalUpdateInput,
} from '@tindak/shared';
import {
  createProposal,
  getProposal,
  listProposals,
  transitionProposal,
  updateProposal,
} from '../services/proposal.service';
import { protectedProcedure, router } from '../trpc';

export const proposalRouter = router({
  list: protectedProcedure
    .input(proposalListInput)
    .output(proposalListOutput)
    .query(({ ctx, input }) => listProposals(ctx, input)),
  get: protectedProcedure
    .input(proposalGetInput)
    .output(proposalDetailSchema)
    .query(({ ctx, input }) => getProposal(ctx, input.id)),
  create: protectedProcedure
    .input(proposalCreateInput)
    .output(proposalDetailSchema)
    .mutation(({ ctx, input }) => createProposal(ctx, input)),
  update: protectedProcedure
    .input(proposalUpdateInput)
    .output(proposalDetailSchema)
    .mutation(({ ctx, input }) => updateProposal(ctx, input)),
  transition: protectedProcedure
    .input(proposalTransitionInput)
    .output(proposalDetailSchema)
    .mutation(({ ctx, input }) => transitionProposal(ctx, input)),
});
