import {
  userInviteInput,
  userInviteOutput,
  userResendInvitationInput,
  userSchema,
  userUpdateInput,
} from '@tindak/shared';
import { z } from 'zod';
import { inviteUser, listUsers, resendInvitation, updateUser } from '../services/user.service';
import { protectedProcedure, router } from '../trpc';

export const userRouter = router({
  list: protectedProcedure.output(z.array(userSchema)).query(({ ctx }) => listUsers(ctx)),
  invite: protectedProcedure
    .input(userInviteInput)
    .output(userInviteOutput)
    .mutation(({ ctx, input }) => inviteUser(ctx, input)),
  update: protectedProcedure
    .input(userUpdateInput)
    .output(userSchema)
    .mutation(({ ctx, input }) => updateUser(ctx, ctx.user, input)),

  resendInvitation: protectedProcedure
    .input(userResendInvitationInput)
    .output(userInviteOutput)
    .mutation(({ ctx, input }) => resendInvitation(ctx, input.id)),
});
