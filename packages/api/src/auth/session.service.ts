import type { Database } from '@tindak/db';
import type { SessionUser } from '../context';
import {
  findSessionOwner,
  insertSession,
  revokeSessionByHash,
  sessionIsValid,
  touchSession,
} from '../repositories/session.repo';
import { newToken, tokenHash } from './tokens';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Starts a new session (a fresh id at every sign-in, so a planted id is worthless). */
export async function startSession(
  db: Database,
  userId: string,
  userAgent: string | null,
  policy: SessionPolicy,
) {
  const token = newToken();
  await insertSession(db, {
    idHash: tokenHash(token),
    userId,
    userAgent: userAgent?.slice(0, 300) ?? null,
    absoluteHours: policy.absoluteHours,
  });
  return token;
}

/**
 * Whether a session still holds, without counting as activity: for a long-lived live-update
 * stream, which must end when its session does but must not keep an idle session alive.
 */
export function sessionHolds(db: Database, token: string, policy: SessionPolicy): Promise<boolean> {
  return sessionIsValid(db, tokenHash(token), policy.idleMinutes);
}

/**
 * The user behind a session token, or null when the session is unknown, revoked, past its
 * absolute lifetime, idle for too long, or its user was deactivated. Activity extends the idle
 * window (written at most once a minute).
 */
export async function resolveSession(
  db: Database,
  token: string,
  policy: SessionPolicy,
): Promise<SessionUser | null> {
  const idHash = tokenHash(token);
  const owner = await findSessionOwner(db, idHash, policy.idleMinutes);
  if (!owner) return null;
  if (owner.stale) await touchSession(db, idHash);
  return owner.user;
}

export async function revokeSession(db: Database, token: string) {
  await revokeSessionByHash(db, tokenHash(token));
}
