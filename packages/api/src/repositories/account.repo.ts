import type { Database } from '@tindak/db';
import type { Language, NotifyMode, Role } from '@tindak/shared';
import { sql } from 'kysely';

/** The account signing in with this email (any case), if there is one. */
export function findSignInAccount(db: Database, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'passwordHash', 'active'])
    .where(sql`lower(email)`, '=', email)
    .executeTakeFirst();
}

export async function markSignedIn(db: Database, userId: string): Promise<void> {
  await db.updateTable('users').set({ lastSignInAt: sql`now()` }).where('id', '=', userId).execute();
}

/** The office a signed-in user works for, as their own account page shows it. */
export function findUserOffice(db: Database, organizationId: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'regionCode'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
}

export type TokenPurpose = 'invite' | 'reset';

/** Stores a new one-time link (by its hash) and retires the user's earlier unused ones for the purpose. */
export async function replaceUserToken(
  db: Database,
  token: { userId: string; purpose: TokenPurpose; tokenHash: string; hours: number },
): Promise<void> {
  await db
    .updateTable('userTokens')
    .set({ usedAt: sql`now()` })
    .where('userId', '=', token.userId)
    .where('purpose', '=', token.purpose)
    .where('usedAt', 'is', null)
    .execute();
  await db
    .insertInto('userTokens')
    .values({
      tokenHash: token.tokenHash,
      userId: token.userId,
      purpose: token.purpose,
      expiresAt: sql`now() + make_interval(hours => ${token.hours})`,
    })
    .execute();
}

/** Uses up an unused, unexpired one-time link: whose it was and what for, or undefined. */
export function consumeUserToken(db: Database, tokenHash: string) {
  return db
    .updateTable('userTokens')
    .set({ usedAt: sql`now()` })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .returning(['userId', 'purpose'])
    .executeTakeFirst();
}

/** Sets an active account's password; false when the account is gone or inactive. */
export async function setAccountPassword(
  db: Database,
  userId: string,
  passwordHash: string,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ passwordHash, updatedAt: sql`now()` })
    .where('id', '=', userId)
    .where('active', '=', true)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface Preferences {
  language?: Language;
  notifyMode?: NotifyMode;
  timeZone?: string;
}

export async function updatePreferences(db: Database, userId: string, changes: Preferences): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
}

/** Who an account email goes to, in their language and time zone, with their role and office. */
export interface AccountMailTarget {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  timeZone: string;
  role: Role;
  officeName: string | null;
}

export function findAccountMailTarget(db: Database, userId: string): Promise<AccountMailTarget> {
  return db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select([
      'u.id',
      'u.email',
      'u.displayName',
      'u.language',
      'u.timeZone',
      'u.role',
      'o.name as officeName',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
}
