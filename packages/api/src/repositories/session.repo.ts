import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import type { SessionUser } from '../context';
import { compiledOnce } from './compiled-once';

export interface NewSession {
  idHash: string;
  userId: string;
  userAgent: string | null;
  absoluteHours: number;
}

export async function insertSession(db: Database, session: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      idHash: session.idHash,
      userId: session.userId,
      userAgent: session.userAgent,
      expiresAt: sql`now() + make_interval(hours => ${session.absoluteHours})`,
    })
    .execute();
}

/** What a signed-in user is made of, from `users as u` joined to their office `organizations as o`. */
export const sessionUserColumns = [
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
] as const;

type SessionUserRow = Omit<SessionUser, 'scopeRegion'> & { regionCode: string | null };

export function toSessionUser(row: SessionUserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    organizationId: row.organizationId,
    personId: row.personId,
    scopeRegion: row.regionCode,
    language: row.language,
    timeZone: row.timeZone,
    notifyMode: row.notifyMode,
  };
}

/** The session with this id hash and its user, if it still holds (see findSessionUser). */
function validSession(db: Database, idHash: string, idleMinutes: number) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .where('s.idHash', '=', idHash)
    .where('s.revokedAt', 'is', null)
    .where('s.expiresAt', '>', sql<Date>`now()`)
    .where(sql<boolean>`s.last_seen_at > now() - make_interval(mins => ${idleMinutes})`)
    .where('u.active', '=', true);
}

export async function sessionIsValid(db: Database, idHash: string, idleMinutes: number): Promise<boolean> {
  const row = await validSession(db, idHash, idleMinutes).select('s.idHash').executeTakeFirst();
  return row !== undefined;
}

export interface SessionOwner {
  user: SessionUser;
  /** Last seen over a minute ago: time to write the activity down. */
  stale: boolean;
}

/**
 * The user behind a session, or undefined when the session is unknown, revoked, past its absolute
 * lifetime, idle for longer than `idleMinutes`, or its user was deactivated.
 */
export async function findSessionOwner(
  db: Database,
  idHash: string,
  idleMinutes: number,
): Promise<SessionOwner | undefined> {
  const [row] = await sessionOwnerRows(db, idHash, idleMinutes);
  return row ? { stale: row.stale, user: toSessionUser(row) } : undefined;
}

// Every signed-in request asks: compiled once (the markers stand for the hash and the minutes).
const sessionOwnerRows = compiledOnce(
  (db: Database, idHash: string, idleMinutes: number) =>
    validSession(db, idHash, idleMinutes)
      .innerJoin('organizations as o', 'o.id', 'u.organizationId')
      .select([
        's.idHash',
        sql<boolean>`s.last_seen_at < now() - interval '1 minute'`.as('stale'),
        ...sessionUserColumns,
      ]),
  ['\u0000session id hash', -1_000_001] as [string, number],
);

/** Writes down activity on a session: it extends the idle window. */
export async function touchSession(db: Database, idHash: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: sql`now()` }).where('idHash', '=', idHash).execute();
}

export async function revokeSessionByHash(db: Database, idHash: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('idHash', '=', idHash)
    .where('revokedAt', 'is', null)
    .execute();
}

export async function revokeUserSessions(db: Database, userId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}
