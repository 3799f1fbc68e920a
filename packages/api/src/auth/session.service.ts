import type { Database } from '@tindak/db';
import type { Language, NotifyMode, Role } from '@tindak/shared';
import { sql } from 'kysely';
import type { SessionUser } from '../context';
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
  await db
    .insertInto('sessions')
    .values({
      idHash: tokenHash(token),
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: sql`now() + make_interval(hours => ${policy.absoluteHours})`,
    })
    .execute();
  return token;
}

/** The session behind a token with its user, if it still holds (see resolveSession). */
function validSession(db: Database, token: string, policy: SessionPolicy) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .where('s.idHash', '=', tokenHash(token))
    .where('s.revokedAt', 'is', null)
    .where('s.expiresAt', '>', sql<Date>`now()`)
    .where(sql<boolean>`s.last_seen_at > now() - make_interval(mins => ${policy.idleMinutes})`)
    .where('u.active', '=', true);
}

/**
 * Whether a session still holds, without counting as activity: for a long-lived live-update
 * stream, which must end when its session does but must not keep an idle session alive.
 */
export async function sessionHolds(db: Database, token: string, policy: SessionPolicy): Promise<boolean> {
  const row = await validSession(db, token, policy).select('s.idHash').executeTakeFirst();
  return row !== undefined;
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
  const row = await validSession(db, token, policy)
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select([
      's.idHash',
      sql<boolean>`s.last_seen_at < now() - interval '1 minute'`.as('stale'),
      'u.id',
      'u.email',
      'u.displayName',
      'u.role',
      'u.organizationId',
      'u.personId',
      'u.language',
      'u.timeZone',
      'u.notifyMode',
      'o.regionCode',
    ])
    .executeTakeFirst();
  if (!row) return null;
  if (row.stale) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: sql`now()` })
      .where('idHash', '=', row.idHash)
      .execute();
  }
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    organizationId: row.organizationId,
    personId: row.personId,
    scopeRegion: row.regionCode,
    language: row.language as Language,
    timeZone: row.timeZone,
    notifyMode: row.notifyMode as NotifyMode,
  };
}

export async function revokeSession(db: Database, token: string) {
  await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('idHash', '=', tokenHash(token))
    .where('revokedAt', 'is', null)
    .execute();
}

export async function revokeUserSessions(db: Database, userId: string) {
  await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}
