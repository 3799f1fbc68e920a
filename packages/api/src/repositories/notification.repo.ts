import type { Database } from '@tindak/db';
import { actionItemWorkStatuses, type NotificationKind } from '@tindak/shared';
import { sql } from 'kysely';
import type { NotificationFacts } from '../mail/content';
import { statusList } from './status-sql';

/** An event as the notify-event job reads it. */
export function findStoredEvent(db: Database, eventId: number) {
  return db
    .selectFrom('events')
    .select(['id', 'actorId', 'aggregateType', 'aggregateId', 'eventType', 'payload'])
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/** What a notice says about an action item, and whose it is. */
export interface ItemFacts {
  id: string;
  title: string;
  dueDate: string;
  officeName: string;
  ownerOrganizationId: string;
  ownerPersonId: string | null;
  /** The owning office's region: who may work on the item depends on it (authority.ts). */
  regionCode: string | null;
}

export async function findItemFacts(db: Database, id: string): Promise<ItemFacts | undefined> {
  return db
    .selectFrom('actionItems as a')
    .innerJoin('organizations as o', 'o.id', 'a.ownerOrganizationId')
    .select([
      'a.id',
      'a.title',
      sql<string>`to_char(a.due_on, 'YYYY-MM-DD')`.as('dueDate'),
      'o.name as officeName',
      'a.ownerOrganizationId',
      'a.ownerPersonId',
      'a.regionCode',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function findActorName(db: Database, actorId: string | null): Promise<string | null> {
  if (!actorId) return null;
  const user = await db
    .selectFrom('users')
    .select('displayName')
    .where('id', '=', actorId)
    .executeTakeFirst();
  return user?.displayName ?? null;
}

/** What a notice says about a commitment. */
export async function findCommitmentFacts(db: Database, id: string) {
  return db
    .selectFrom('commitments as c')
    .innerJoin('organizations as o', 'o.id', 'c.committedByOrganizationId')
    .select([
      'c.id',
      'c.title',
      'o.name as officeName',
      sql<string | null>`to_char(c.due_on, 'YYYY-MM-DD')`.as('dueDate'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export interface NewNotification {
  userId: string;
  dedupeKey: string;
  facts: NotificationFacts;
  eventId: number | null;
  subject: { type: 'action_item' | 'commitment'; id: string };
  delivery: 'immediate' | 'daily' | 'weekly';
}

/** Records a notification: its id, or null when the user already had one with this key. */
export async function insertNotification(
  db: Database,
  notification: NewNotification,
): Promise<number | null> {
  const trx = db;
  const row = await trx
    .insertInto('notifications')
    .values({
      userId: notification.userId,
      dedupeKey: notification.dedupeKey,
      kind: notification.facts.kind,
      eventId: notification.eventId,
      subjectType: notification.subject.type,
      subjectId: notification.subject.id,
      data: JSON.stringify(notification.facts),
      delivery: notification.delivery,
    })
    .onConflict((c) => c.columns(['userId', 'dedupeKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function setNotificationEmail(db: Database, id: number, emailId: string | null): Promise<void> {
  await db.updateTable('notifications').set({ emailId }).where('id', '=', id).execute();
}

export interface DueRow extends ItemFacts {
  kind: NotificationKind;
}

/**
 * Open items waiting on their owner that are due in 3 days, due tomorrow, or overdue by up to a
 * week (a worker that was down catches up), as of `today`.
 */
export async function listDueReminders(db: Database, today: string): Promise<DueRow[]> {
  const rows = await sql<DueRow>`
    select a.id, a.title, to_char(a.due_on, 'YYYY-MM-DD') as "dueDate", o.name as "officeName",
      a.owner_organization_id as "ownerOrganizationId", a.owner_person_id as "ownerPersonId",
      a.region_code as "regionCode",
      case when a.due_on = ${today}::date + 3 then 'dueSoon3'
           when a.due_on = ${today}::date + 1 then 'dueSoon1'
           else 'overdue' end as kind
    from action_items a
    join organizations o on o.id = a.owner_organization_id
    where a.status in ${statusList(actionItemWorkStatuses)}
      and (a.due_on in (${today}::date + 3, ${today}::date + 1)
        or a.due_on between ${today}::date - 7 and ${today}::date - 1)
    order by a.due_on, a.id`.execute(db);
  return rows.rows;
}
