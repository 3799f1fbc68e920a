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
import { publicProcedure, router } from '../trpc';

export const proposalRouter = router({
  list: publicProcedure
    .input(proposalListInput)
    .output(proposalListOutput)
    .query(({ ctx, input }) => listProposals(ctx, input)),
  get: publicProcedure
    .input(proposalGetInput)
    .output(proposalDetailSchema)
    .query(({ ctx, input }) => getProposal(ctx, input.id)),
  create: publicProcedure
    .input(proposalCreateInput)
    .output(proposalDetailSchema)
    .mutation(({ ctx, input }) => createProposal(ctx, input)),
  update: publicProcedure
    .input(proposalUpdateInput)
    .output(proposalDetailSchema)
    .mutation(({ ctx, input }) => updateProposal(ctx, input)),
  transition: publicProcedure
    .input(proposalTransitionInput)
    .output(proposalDetailSchema)
    .mutation(({ ctx, input }) => transitionProposal(ctx, input)),
});
