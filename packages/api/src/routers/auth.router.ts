import {
  meOutput,
  passwordResetRequestInput,
  preferencesInput,
  sessionUserSchema,
  setPasswordInput,
  signInInput,
} from '@tindak/shared';
import { z } from 'zod';
import * as accounts from '../auth/account.service';
import { protectedProcedure, publicProcedure, router } from '../trpc';

const ok = z.object({ ok: z.literal(true) });

export const authRouter = router({
  me: publicProcedure.output(meOutput).query(({ ctx }) => accounts.me(ctx, ctx.auth)),
  signIn: publicProcedure
    .input(signInInput)
    .output(ok)
    .mutation(({ ctx, input }) => accounts.signIn(ctx, input, ctx.auth)),
  signOut: publicProcedure.output(ok).mutation(({ ctx }) => accounts.signOut(ctx)),
  requestPasswordReset: publicProcedure
    .input(passwordResetRequestInput)
    .output(ok)
    .mutation(({ ctx, input }) => accounts.requestPasswordReset(ctx, input)),
  setPassword: publicProcedure
    .input(setPasswordInput)
    .output(ok)
    .mutation(({ ctx, input }) => accounts.setPassword(ctx, input, ctx.auth)),
  setPreferences: protectedProcedure
    .input(preferencesInput)
    .output(sessionUserSchema)
    .mutation(({ ctx, input }) => accounts.setPreferences(ctx, ctx.user, input)),
});
