import {
  organizationCreateInput,
  organizationListInput,
  organizationListOutput,
  organizationSchema,
} from '@tindak/shared';
import { createOrganization, listOrganizations } from '../services/organization.service';
import { publicProcedure, router } from '../trpc';

export const organizationRouter = router({
  list: publicProcedure
    .input(organizationListInput)
    .output(organizationListOutput)
    .query(({ ctx, input }) => listOrganizations(ctx, input)),
  create: publicProcedure
    .input(organizationCreateInput)
    .output(organizationSchema)
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),
});
