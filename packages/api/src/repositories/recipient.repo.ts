import type { Database } from '@tindak/db';
import type { Language, NotifyMode, Role } from '@tindak/shared';
import { sql } from 'kysely';

/** An active account that can be told something, with how and in what language. */
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

/** The accounts of a person (usually one). */
export function usersOfPerson(db: Database, personId: string): Promise<Recipient[]> {
  return activeUsers(db).where('u.personId', '=', personId).execute();
}

/** The heads of an office. */
export function officeHeads(db: Database, organizationId: string): Promise<Recipient[]> {
  return activeUsers(db)
    .where('u.organizationId', '=', organizationId)
    .where('u.role', '=', 'head')
    .execute();
}

/** An active account of an office with what the authority rules ask of it (role, person, scope). */
export interface OfficeAccount extends Recipient {
  role: Role;
  organizationId: string;
  personId: string;
  scopeRegion: string | null;
}

/** Every active account of an office, for the rules to choose from. */
export function officeAccounts(db: Database, organizationId: string): Promise<OfficeAccount[]> {
  return activeUsers(db)
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select(['u.role', 'u.organizationId', 'u.personId', 'o.regionCode as scopeRegion'])
    .where('u.organizationId', '=', organizationId)
    .orderBy('u.id')
    .execute();
}

export function commitmentFollowers(db: Database, commitmentId: string): Promise<Recipient[]> {
  return activeUsers(db)
    .innerJoin('commitmentFollowers as f', 'f.userId', 'u.id')
    .where('f.commitmentId', '=', commitmentId)
    .execute();
}

/** The event of an item's latest assignment or hand-down. */
export async function latestAssignmentEvent(db: Database, itemId: string) {
  return db
    .selectFrom('events')
    .select(['actorId', 'eventType', 'payload'])
    .where('aggregateType', '=', 'action_item')
    .where('aggregateId', '=', itemId)
    .where('eventType', 'in', ['ActionItemAssigned', 'ActionItemDelegated'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The office of the person recorded as having assigned the item, if any. */
export async function assignerOffice(db: Database, itemId: string): Promise<string | null> {
  const assigner = await db
    .selectFrom('actionItems as a')
    .innerJoin('people as p', 'p.id', 'a.assignedByPersonId')
    .select('p.organizationId')
    .where('a.id', '=', itemId)
    .executeTakeFirst();
  return assigner?.organizationId ?? null;
}
