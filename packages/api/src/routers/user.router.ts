import {
  userInviteInput,
  userInviteOutput,
  userListInput,
  userListOutput,
  userResendInvitationInput,
  userSchema,
  userUpdateInput,
} from '@tindak/shared';
import { inviteUser, listUsers, resendInvitation, updateUser } from '../services/user.service';
import { protectedProcedure, router } from '../trpc';

export const userRouter = router({
  list: protectedProcedure
    .input(userListInput)
    .output(userListOutput)
    .query(({ ctx, input }) => listUsers(ctx, input)),
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
