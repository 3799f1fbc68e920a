import {
  directoryListInput,
  directoryListOutput,
  directoryOfficeSchema,
  organizationCreateInput,
  organizationListInput,
  organizationListOutput,
  organizationMergeInput,
  organizationMergeOutput,
  organizationSchema,
  organizationSetActiveInput,
  organizationUpdateInput,
} from '@tindak/shared';
import {
  createOrganization,
  listDirectoryOffices,
  listOrganizations,
  setOrganizationActive,
  updateOrganization,
} from '../services/organization.service';
import { mergeOrganizations } from '../services/organization-merge.service';
import { protectedProcedure, router } from '../trpc';

export const organizationRouter = router({
  /** Active offices, for pickers. */
  list: protectedProcedure
    .input(organizationListInput)
    .output(organizationListOutput)
    .query(({ ctx, input }) => listOrganizations(ctx, input)),
  /** The directory page, in pages, with inactive and merged offices on request. */
  directory: protectedProcedure
    .input(directoryListInput)
    .output(directoryListOutput)
    .query(({ ctx, input }) => listDirectoryOffices(ctx, input)),
  create: protectedProcedure
    .input(organizationCreateInput)
    .output(organizationSchema)
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),
  update: protectedProcedure
    .input(organizationUpdateInput)
    .output(directoryOfficeSchema)
    .mutation(({ ctx, input }) => updateOrganization(ctx, input)),
  setActive: protectedProcedure
    .input(organizationSetActiveInput)
    .output(directoryOfficeSchema)
    .mutation(({ ctx, input }) => setOrganizationActive(ctx, input)),
  merge: protectedProcedure
    .input(organizationMergeInput)
    .output(organizationMergeOutput)
    .mutation(({ ctx, input }) => mergeOrganizations(ctx, input)),
});
