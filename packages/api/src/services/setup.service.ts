import type { Database } from '@tindak/db';
import { pathTo, type setupInput } from '@tindak/shared';
import type { z } from 'zod';
import { hashPassword } from '../auth/password';
import { withinRateLimit } from '../auth/rate-limit';
import { startSession } from '../auth/session.service';
import { newToken, tokenHash } from '../auth/tokens';
import type { AuthSettings, Context } from '../context';
import { BadRequestError, DomainError } from '../errors';
import {
  anyAdminExists,
  anyUserExists,
  clearSetupTokens,
  consumeSetupToken,
  lockFirstAdmin,
  replaceSetupToken,
} from '../repositories/setup.repo';
import { createAdmin, findOrCreateOffice } from './first-admin';

/** Like sign-in: a few tries per address, so the token cannot be guessed (it has 256 bits anyway). */
export const SETUP_LIMIT = { perIp: 10, windowSeconds: 15 * 60 };

/**
 * At start: on an installation with no account, a fresh one-time setup link (only its hash is
 * stored; a restart replaces it), to be printed in the server log. Null once anyone has an account.
 */
export async function prepareFirstRun(db: Database, publicUrl: string): Promise<string | null> {
  if (await anyUserExists(db)) {
    await clearSetupTokens(db);
    return null;
  }
  const token = newToken();
  await replaceSetupToken(db, tokenHash(token));
  return `${publicUrl.replace(/\/$/, '')}${pathTo('setup', {}, { token })}`;
}

export async function setupStatus(ctx: Context) {
  return { needed: !(await anyUserExists(ctx.db)) };
}

/**
 * Creates the home office and the first admin, records their events and signs the admin in. The
 * token is used up in the same transaction; two submissions at once are serialised by a lock, and
 * the second finds the admin the first made and changes nothing.
 */
export async function completeSetup(
  ctx: Context,
  input: z.output<typeof setupInput>,
  settings: AuthSettings,
) {
  if (
    !(await withinRateLimit(
      ctx.db,
      `setup:ip:${ctx.client.ip}`,
      SETUP_LIMIT.perIp,
      SETUP_LIMIT.windowSeconds,
    ))
  ) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'tooManyAttempts',
      undefined,
      undefined,
      SETUP_LIMIT.windowSeconds / 60,
    );
  }
  const passwordHash = await hashPassword(input.admin.password);
  const userId = await ctx.db.transaction().execute(async (trx) => {
    await lockFirstAdmin(trx);
    if (await anyAdminExists(trx)) throw new BadRequestError('setupDone', 'token');
    if (!(await consumeSetupToken(trx, tokenHash(input.token))))
      throw new BadRequestError('setupTokenInvalid', 'token');
    const organizationId = await findOrCreateOffice(trx, ctx.actor, input.office);
    const { userId } = await createAdmin(trx, ctx.actor, organizationId, {
      displayName: input.admin.displayName,
      email: input.admin.email,
      passwordHash,
    });
    return userId;
  });
  const session = await startSession(ctx.db, userId, ctx.client.userAgent, settings.session);
  ctx.cookie.set(session, settings.session.absoluteHours * 3600);
  return { ok: true as const };
}
