import {
  directiveAddOfficesInput,
  directiveCancelInput,
  directiveDetailSchema,
  directiveGetInput,
  directiveIssueInput,
  directiveListInput,
  directiveListOutput,
  directiveUpdateInput,
} from '@tindak/shared';
import {
  addDirectiveOffices,
  cancelDirective,
  getDirective,
  issueDirective,
  listDirectives,
  updateDirectiveDetails,
} from '../services/directive.service';
import { protectedProcedure, router } from '../trpc';

/** Directives (arahan, issue 19): one instruction handed to many offices, each with its own item. */
export const directiveRouter = router({
  /** The directives the caller sees, newest first, with how the offices in their scope stand. */
  list: protectedProcedure
    .input(directiveListInput)
    .output(directiveListOutput)
    .query(({ ctx, input }) => listDirectives(ctx, input)),
  get: protectedProcedure
    .input(directiveGetInput)
    .output(directiveDetailSchema)
    .query(({ ctx, input }) => getDirective(ctx, input.id)),
  /** The directive and one item per office, in one transaction. */
  issue: protectedProcedure
    .input(directiveIssueInput)
    .output(directiveDetailSchema)
    .mutation(({ ctx, input }) => issueDirective(ctx, input)),
  update: protectedProcedure
    .input(directiveUpdateInput)
    .output(directiveDetailSchema)
    .mutation(({ ctx, input }) => updateDirectiveDetails(ctx, input)),
  addOffices: protectedProcedure
    .input(directiveAddOfficesInput)
    .output(directiveDetailSchema)
    .mutation(({ ctx, input }) => addDirectiveOffices(ctx, input)),
  /** Cancels the directive and every item of it still open. */
  cancel: protectedProcedure
    .input(directiveCancelInput)
    .output(directiveDetailSchema)
    .mutation(({ ctx, input }) => cancelDirective(ctx, input)),
});
