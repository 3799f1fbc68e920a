import type { Database } from '@tindak/db';
import { type Language, type NotifyMode, readDomainEvent } from '@tindak/shared';
import { sql } from 'kysely';

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  timeZone: string;
  notifyMode: NotifyMode;
}

function activeUsers(db: Database) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.email',
      'u.displayName',
      sql<Language>`u.language`.as('language'),
      'u.timeZone',
      sql<NotifyMode>`u.notify_mode`.as('notifyMode'),
    ])
    .where('u.active', '=', true);
}

export async function usersByIds(db: Database, ids: readonly string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  return activeUsers(db).where('u.id', 'in', ids).execute();
}

/**
 * Who an item belongs to: the named person's account, or, for an item given to an office as a
 * whole, that office's heads (who pass it on).
 */
export async function itemOwners(
  db: Database,
  item: { ownerOrganizationId: string; ownerPersonId: string | null },
): Promise<Recipient[]> {
  if (item.ownerPersonId) {
    return activeUsers(db).where('u.personId', '=', item.ownerPersonId).execute();
  }
  return activeUsers(db)
    .where('u.organizationId', '=', item.ownerOrganizationId)
    .where('u.role', '=', 'head')
    .execute();
}

/**
 * Who gave the item to its current owner, and so decides extensions and verifies evidence: the
 * user who recorded the latest assignment or hand-down; when that was the system (imported
 * data), the heads of the office it came from.
 */
export async function itemAssigners(db: Database, itemId: string): Promise<Recipient[]> {
  const latest = await db
    .selectFrom('events')
    .select(['actorId', 'eventType', 'payload'])
    .where('aggregateType', '=', 'action_item')
    .where('aggregateId', '=', itemId)
    .where('eventType', 'in', ['ActionItemAssigned', 'ActionItemDelegated'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest?.actorId) {
    const users = await usersByIds(db, [latest.actorId]);
    if (users.length > 0) return users;
  }
  let office: string | null = null;
  const handedDown = latest ? readDomainEvent(latest) : null;
  if (handedDown?.eventType === 'ActionItemDelegated') office = handedDown.payload.from.organizationId;
  if (!office) {
    const assigner = await db
      .selectFrom('actionItems as a')
      .innerJoin('people as p', 'p.id', 'a.assignedByPersonId')
      .select('p.organizationId')
      .where('a.id', '=', itemId)
      .executeTakeFirst();
    office = assigner?.organizationId ?? null;
  }
  if (!office) return [];
  return activeUsers(db).where('u.organizationId', '=', office).where('u.role', '=', 'head').execute();
}

export async function commitmentFollowers(db: Database, commitmentId: string): Promise<Recipient[]> {
  return activeUsers(db)
    .innerJoin('commitmentFollowers as f', 'f.userId', 'u.id')
    .where('f.commitmentId', '=', commitmentId)
    .execute();
}
