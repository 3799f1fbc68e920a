import type { Database } from '@tindak/db';
import type { Language, Role, UserView } from '@tindak/shared';
import { sql } from 'kysely';
import { inRegion } from './region-filter';

/** Accounts of offices within `scopeRegion` (null: everywhere), as the user admin lists them. */
function selectUsers(db: Database, scopeRegion: string | null) {
  const query = db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select([
      'u.id',
      'u.email',
      'u.displayName',
      'u.role',
      'u.personId',
      'u.active',
      'u.version',
      'u.lastSignInAt',
      sql<boolean>`u.password_hash is null`.as('pending'),
      'o.id as orgId',
      'o.name as orgName',
    ]);
  return scopeRegion === null ? query : query.where(inRegion('o.regionCode', scopeRegion));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectUsers>['execute']>>[number];

function toView(row: Row): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    organization: { id: row.orgId, name: row.orgName },
    personId: row.personId,
    active: row.active,
    pending: row.pending,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    version: row.version,
  };
}

export interface UserPageQuery {
  scopeRegion: string | null;
  /** Part of the name or email, any case and accents. */
  q?: string | undefined;
  /** The sort key of the last row of the page before. */
  after?: { orgName: string; displayName: string; id: string } | null;
  limit: number;
}

/**
 * Up to `limit` users in (office name, display name, id) order. No trigram index covers users:
 * even nationally there are at most some 20,000 of them, and a sequential scan with a LIKE over
 * that many short rows, then a top-N sort, takes a few ms.
 */
export async function listUserViews(db: Database, page: UserPageQuery): Promise<UserView[]> {
  let query = selectUsers(db, page.scopeRegion)
    .orderBy('o.name')
    .orderBy('u.displayName')
    .orderBy('u.id')
    .limit(page.limit);
  if (page.q) {
    const pattern = `%${page.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(tindak_search_text(u.display_name) like tindak_search_text(${pattern})
        or tindak_search_text(u.email) like tindak_search_text(${pattern}))`,
    );
  }
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb(
        eb.refTuple('o.name', 'u.displayName', 'u.id'),
        '>',
        eb.tuple(after.orgName, after.displayName, after.id),
      ),
    );
  }
  return (await query.execute()).map(toView);
}

export async function findUserView(
  db: Database,
  scopeRegion: string | null,
  id: string,
): Promise<UserView | undefined> {
  const row = await selectUsers(db, scopeRegion).where('u.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  /** Every account is a person: create accounts through services/account-person.ts (createAccount). */
  personId: string;
  language?: Language;
  /** Set only for demo accounts, which skip the invitation. */
  passwordHash?: string;
}

export async function insertUser(db: Database, user: NewUser): Promise<string> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The whole account row, locked for the update that follows. */
export function lockUser(db: Database, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface AccountChanges {
  email?: string | undefined;
  displayName: string;
  role: Role;
  organizationId: string;
  active: boolean;
}

/** Writes an admin's changes to an account and moves it to its next version. */
export async function updateAccount(db: Database, id: string, changes: AccountChanges): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      ...(changes.email ? { email: changes.email } : {}),
      displayName: changes.displayName,
      role: changes.role,
      organizationId: changes.organizationId,
      active: changes.active,
      version: eb('version', '+', 1),
      updatedAt: sql`now()`,
    }))
    .where('id', '=', id)
    .execute();
}

/** Whether the account exists and its office lies in the region (null region: any account). */
export async function accountInScope(
  db: Database,
  userId: string,
  viewer: { scopeRegion: string | null },
): Promise<boolean> {
  let query = db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select('u.id')
    .where('u.id', '=', userId);
  if (viewer.scopeRegion !== null) query = query.where(inRegion('o.regionCode', viewer.scopeRegion));
  return (await query.executeTakeFirst()) !== undefined;
}

/** The role of the account with this email (any case), or none. */
export async function findRoleByEmail(db: Database, email: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('users')
    .select('role')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row?.role;
}
