import type { Database, DB } from '@tindak/db';
import { actionItemStatusMachine, finalStatuses } from '@tindak/shared';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../context';
import { sessionUserColumns, toSessionUser } from './session.repo';

type Db = Database | Kysely<DB>;

export async function findActiveFeed(db: Db, userId: string) {
  return db
    .selectFrom('calendarFeeds')
    .select(['createdAt'])
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}

/** Revokes the user's live feed, if any; says how many were revoked (0 or 1). */
export async function revokeFeeds(db: Db, userId: string): Promise<number> {
  const result = await db
    .updateTable('calendarFeeds')
    .set({ revokedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertFeed(db: Db, userId: string, tokenHash: string) {
  return db
    .insertInto('calendarFeeds')
    .values({ userId, tokenHash })
    .returning(['createdAt'])
    .executeTakeFirstOrThrow();
}

/** The active user behind a live feed token, as a session would present them. */
export async function findFeedUser(db: Db, tokenHash: string): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('calendarFeeds as f')
    .innerJoin('users as u', 'u.id', 'f.userId')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select(sessionUserColumns)
    .where('f.tokenHash', '=', tokenHash)
    .where('f.revokedAt', 'is', null)
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row ? toSessionUser(row) : undefined;
}

/** Open items the user owns (ownsItem: their person, else their office when no person is named). */
/** A draft is not its owner's work until a head assigns it. */
const unassigned = actionItemStatusMachine.preliminary ?? [];

export async function listOwnedDueItems(
  db: Db,
  owner: { organizationId: string; personId: string | null },
  fromDay: string,
  toDay: string,
) {
  return db
    .selectFrom('actionItems as ai')
    .select(['ai.id', 'ai.title', sql<string>`to_char(ai.due_on, 'YYYY-MM-DD')`.as('dueOn')])
    .where((eb) =>
      eb.or([
        ...(owner.personId ? [eb('ai.ownerPersonId', '=', owner.personId)] : []),
        eb.and([eb('ai.ownerPersonId', 'is', null), eb('ai.ownerOrganizationId', '=', owner.organizationId)]),
      ]),
    )
    .where('ai.status', 'not in', [...finalStatuses(actionItemStatusMachine), ...unassigned])
    .where(sql<boolean>`ai.due_on between ${fromDay}::date and ${toDay}::date`)
    .orderBy('ai.dueOn')
    .limit(5000)
    .execute();
}
