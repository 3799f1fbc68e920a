import {
  agreementAttachInput,
  agreementCancelInput,
  agreementCreateInput,
  agreementDetailSchema,
  agreementEndInput,
  agreementGetInput,
  agreementListInput,
  agreementListOutput,
  agreementSignInput,
  agreementUpdateInput,
} from '@tindak/shared';
import {
  attachAgreementDocument,
  cancelAgreement,
  createAgreement,
  endAgreement,
  signAgreement,
  updateAgreement,
} from '../services/agreement.service';
import { getAgreement, listAgreements } from '../services/agreement-view';
import { protectedProcedure, router } from '../trpc';

export const agreementRouter = router({
  list: protectedProcedure
    .input(agreementListInput)
    .output(agreementListOutput)
    .query(({ ctx, input }) => listAgreements(ctx, input)),
  get: protectedProcedure
    .input(agreementGetInput)
    .output(agreementDetailSchema)
    .query(({ ctx, input }) => getAgreement(ctx, input.id)),
  create: protectedProcedure
    .input(agreementCreateInput)
    .output(agreementDetailSchema)
    .mutation(({ ctx, input }) => createAgreement(ctx, input)),
  update: protectedProcedure
    .input(agreementUpdateInput)
    .output(agreementDetailSchema)
    .mutation(({ ctx, input }) => updateAgreement(ctx, input)),
  sign: protectedProcedure
    .input(agreementSignInput)
    .output(agreementDetailSchema)
    .mutation(({ ctx, input }) => signAgreement(ctx, input)),
  end: protectedProcedure
    .input(agreementEndInput)
    .output(agreementDetailSchema)
    .mutation(({ ctx, input }) => endAgreement(ctx, input)),
  cancel: protectedProcedure
    .input(agreementCancelInput)
    .output(agreementDetailSchema)
    .mutation(({ ctx, input }) => cancelAgreement(ctx, input)),
  attachDocument: protectedProcedure
    .input(agreementAttachInput)
    .output(agreementDetailSchema)
    .mutation(({ ctx, input }) => attachAgreementDocument(ctx, input)),
});
