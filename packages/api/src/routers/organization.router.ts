import {
  organizationCreateInput,
  organizationListInput,
  organizationListOutput,
  organizationSchema,
} from '@tindak/shared';
import { createOrganization, listOrganizations } from '../services/organization.service';
import { protectedProcedure, router } from '../trpc';

export const organizationRouter = router({
  list: protectedProcedure
    .input(organizationListInput)
    .output(organizationListOutput)
    .query(({ ctx, input }) => listOrganizations(ctx, input)),
  create: protectedProcedure
    .input(organizationCreateInput)
    .output(organizationSchema)
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),
});
