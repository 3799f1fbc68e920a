import type {
  AggregatePayloadInput,
  EventTypeOf,
  passwordResetRequestInput,
  preferencesInput,
  SessionUserView,
  setPasswordInput,
  signInInput,
} from '@tindak/shared';
import type { z } from 'zod';
import { revokeCalendarFeeds } from '../calendar/calendar.service';
import type { AuthSettings, Context, SessionUser } from '../context';
import { DomainError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  consumeUserToken,
  findAccountMailTarget,
  findSignInAccount,
  findUserOffice,
  markSignedIn,
  replaceUserToken,
  setAccountPassword,
  updatePreferences,
} from '../repositories/account.repo';
import { revokeUserSessions } from '../repositories/session.repo';
import { queueAccountLinkMail, TOKEN_HOURS } from './account-mail';
import { hashPassword, verifyPassword } from './password';
import { withinRateLimit } from './rate-limit';
import { revokeSession, startSession } from './session.service';
import { admitSignIn } from './sign-in-limits';
import { newToken, tokenHash } from './tokens';

export const RESET_LIMIT = { perEmail: 3, perIp: 20, windowSeconds: 60 * 60 };
export const INVITE_LIMIT = { perAdmin: 30, windowSeconds: 60 * 60 };

async function requireWithinLimits(ctx: Context, action: string, email: string, limits: typeof RESET_LIMIT) {
  const [byEmail, byIp] = await Promise.all([
    withinRateLimit(ctx.db, `${action}:email:${email}`, limits.perEmail, limits.windowSeconds),
    withinRateLimit(ctx.db, `${action}:ip:${ctx.client.ip}`, limits.perIp, limits.windowSeconds),
  ]);
  if (!byEmail || !byIp) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'tooManyAttempts',
      undefined,
      undefined,
      limits.windowSeconds / 60,
    );
  }
}

/** Events about accounts are written on their own: a failed sign-in has no other change to join. */
async function accountEvent<T extends EventTypeOf<'user'>>(
  ctx: Context,
  userId: string | null,
  eventType: T,
  payload: AggregatePayloadInput<'user', T>,
) {
  await ctx.db.transaction().execute((trx) =>
    recordEvent(trx, ctx.actor, {
      aggregateType: 'user',
      aggregateId: userId ?? 'anonymous',
      eventType,
      payload,
    }),
  );
}

export async function signIn(ctx: Context, input: z.output<typeof signInInput>, settings: AuthSettings) {
  const attempt = await admitSignIn(ctx.db, input.email, ctx.client.ip);
  const user = await findSignInAccount(ctx.db, input.email);
  const passwordOk = await verifyPassword(user?.active ? user.passwordHash : null, input.password);
  if (!user?.active || !passwordOk) {
    await attempt.failed();
    await accountEvent(ctx, user?.id ?? null, 'SignInFailed', { email: input.email, ip: ctx.client.ip });
    // The same words whether the email is unknown, the account inactive or the password wrong.
    throw new DomainError('UNAUTHORIZED', 'invalidCredentials', 'password');
  }
  await attempt.succeeded();
  // A fresh session id at every sign-in; any id the browser carried before is dropped.
  if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
  const token = await startSession(ctx.db, user.id, ctx.client.userAgent, settings.session);
  await markSignedIn(ctx.db, user.id);
  await accountEvent({ ...ctx, actor: { id: user.id } }, user.id, 'SignedIn', { ip: ctx.client.ip });
  ctx.cookie.set(token, settings.session.absoluteHours * 3600);
  return { ok: true as const };
}

export async function signOut(ctx: Context) {
  if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
  ctx.cookie.clear();
  if (ctx.user) await accountEvent(ctx, ctx.user.id, 'SignedOut', {});
  return { ok: true as const };
}

export async function describeUser(ctx: Context, user: SessionUser): Promise<SessionUserView> {
  const organization = await findUserOffice(ctx.db, user.organizationId);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organization,
    personId: user.personId,
    language: user.language,
    timeZone: user.timeZone,
    notifyMode: user.notifyMode,
  };
}

export async function me(ctx: Context, settings: AuthSettings) {
  return { user: ctx.user ? await describeUser(ctx, ctx.user) : null, demoAccounts: settings.demoAccounts };
}

/** Issues a one-time link (invite: 7 days, reset: 1 hour); only its hash is stored. */
export async function issueToken(ctx: Context, userId: string, purpose: 'invite' | 'reset') {
  const token = newToken();
  const hours = TOKEN_HOURS[purpose];
  await replaceUserToken(ctx.db, { userId, purpose, tokenHash: tokenHash(token), hours });
  return `${ctx.publicUrl.replace(/\/$/, '')}/atur-kata-sandi?token=${encodeURIComponent(token)}`;
}

/**
 * Always answers the same, whether or not the email has an account. For an active account it
 * issues a one-time link and queues the email carrying it, with the event, in one transaction; the
 * secret never travels back to whoever asked and never sits in the event log.
 */
export async function requestPasswordReset(ctx: Context, input: z.output<typeof passwordResetRequestInput>) {
  await requireWithinLimits(ctx, 'reset', input.email, RESET_LIMIT);
  const user = await findSignInAccount(ctx.db, input.email);
  if (user?.active) {
    await ctx.db.transaction().execute(async (trx) => {
      const link = await issueToken({ ...ctx, db: trx }, user.id, 'reset');
      await queueAccountLinkMail(trx, await findAccountMailTarget(trx, user.id), 'reset', link, null);
      await recordEvent(trx, ctx.actor, {
        aggregateType: 'user',
        aggregateId: user.id,
        eventType: 'PasswordResetRequested',
        payload: {},
      });
    });
  }
  return { ok: true as const };
}

/** Sets a password from an invitation or reset link, then signs the person in. */
export async function setPassword(
  ctx: Context,
  input: z.output<typeof setPasswordInput>,
  settings: AuthSettings,
) {
  const userId = await ctx.db.transaction().execute(async (trx) => {
    const token = await consumeUserToken(trx, tokenHash(input.token));
    if (!token) throw new DomainError('BAD_REQUEST', 'tokenInvalid', 'token');
    const user = { id: token.userId };
    if (!(await setAccountPassword(trx, user.id, await hashPassword(input.password))))
      throw new DomainError('BAD_REQUEST', 'tokenInvalid', 'token');
    await recordEvent(
      trx,
      { id: user.id },
      {
        aggregateType: 'user',
        aggregateId: user.id,
        eventType: token.purpose === 'invite' ? 'InvitationAccepted' : 'PasswordReset',
        payload: {},
      },
    );
    // Whoever held a session or a calendar feed's link before the reset (maybe an intruder) loses it.
    await revokeUserSessions(trx, user.id);
    await revokeCalendarFeeds(trx, { id: user.id }, user.id, 'passwordReset');
    return user.id;
  });
  const session = await startSession(ctx.db, userId, ctx.client.userAgent, settings.session);
  ctx.cookie.set(session, settings.session.absoluteHours * 3600);
  return { ok: true as const };
}

export async function setPreferences(
  ctx: Context,
  user: SessionUser,
  input: z.output<typeof preferencesInput>,
) {
  const changes = {
    ...(input.language ? { language: input.language } : {}),
    ...(input.notifyMode ? { notifyMode: input.notifyMode } : {}),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  };
  if (Object.keys(changes).length > 0) {
    await updatePreferences(ctx.db, user.id, changes);
  }
  return describeUser(ctx, { ...user, ...changes });
}
