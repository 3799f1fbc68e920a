import { publicCommitmentsInput, publicCommitmentsOutput, publicProvincesOutput } from '@tindak/shared';
import { publicCommitments, publicProvinces } from '../services/public-commitment.service';
import { publicProcedure, router } from '../trpc';

/** The transparency page: no session needed ('public' in the policy table). */
export const publicRouter = router({
  provinces: publicProcedure.output(publicProvincesOutput).query(({ ctx }) => publicProvinces(ctx)),
  commitments: publicProcedure
    .input(publicCommitmentsInput)
    .output(publicCommitmentsOutput)
    .query(({ ctx, input }) => publicCommitments(ctx, input.provinceCode)),
});
