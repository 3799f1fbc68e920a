import type { Database } from '@tindak/db';
import type { NotificationKind } from '@tindak/shared';
import { sql } from 'kysely';
import type { NotificationFacts } from '../mail/content';
import { commitmentFollowers, itemAssigners, itemOwners, type Recipient } from './recipients';

export interface StoredEvent {
  id: number;
  actorId: string | null;
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  payload: Record<string, unknown>;
}

/** Who is told what about one event. */
export interface Notice {
  recipients: Recipient[];
  subject: { type: 'action_item' | 'commitment'; id: string };
  facts: NotificationFacts;
}

export interface Links {
  item(id: string): string;
  commitment(id: string): string;
}

interface ItemFacts {
  id: string;
  title: string;
  dueDate: string;
  officeName: string;
  ownerOrganizationId: string;
  ownerPersonId: string | null;
}

async function loadItem(db: Database, id: string): Promise<ItemFacts | undefined> {
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
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

async function actorName(db: Database, actorId: string | null): Promise<string | null> {
  if (!actorId) return null;
  const user = await db
    .selectFrom('users')
    .select('displayName')
    .where('id', '=', actorId)
    .executeTakeFirst();
  return user?.displayName ?? null;
}

/**
 * The notification rules: for each event type, who hears about it. The person who caused the
 * event is never told about their own action.
 */
export async function noticesFor(db: Database, event: StoredEvent, links: Links): Promise<Notice[]> {
  const p = event.payload;
  const byActor = await actorName(db, event.actorId);
  const notice = (
    kind: NotificationKind,
    recipients: Recipient[],
    facts: ItemFacts,
    extra: Partial<NotificationFacts> = {},
  ): Notice => ({
    recipients: recipients.filter((r) => r.id !== event.actorId),
    subject: { type: 'action_item', id: facts.id },
    facts: {
      kind,
      title: facts.title,
      url: links.item(facts.id),
      actorName: byActor,
      officeName: facts.officeName,
      dueDate: facts.dueDate,
      ...extra,
    },
  });

  if (event.aggregateType === 'action_item') {
    const item = await loadItem(db, event.aggregateId);
    if (!item) return [];
    switch (event.eventType) {
      case 'ActionItemAssigned':
        return [notice('assigned', await itemOwners(db, item), item)];
      case 'ActionItemDelegated':
        return [
          notice('delegated', await itemOwners(db, item), item, {
            note: (p.instruction as string | null) ?? null,
          }),
        ];
      case 'ExtensionRequested':
        return [
          notice('extensionRequested', await itemAssigners(db, item.id), item, {
            requestedDueDate: (p.requestedDueOn as string | null) ?? null,
            note: (p.reason as string | null) ?? null,
          }),
        ];
      case 'ExtensionDecided': {
        const dueOn = p.dueOn as { to?: string } | undefined;
        return [
          notice('extensionDecided', await itemOwners(db, item), item, {
            outcome: p.approved ? 'approved' : 'rejected',
            requestedDueDate: dueOn?.to ?? null,
            note: (p.note as string | null) ?? null,
          }),
        ];
      }
      case 'EvidenceSubmitted':
        return [
          notice('evidenceSubmitted', await itemAssigners(db, item.id), item, {
            note: (p.note as string | null) ?? null,
          }),
        ];
      case 'ActionItemVerified':
        return [
          notice('verified', await itemOwners(db, item), item, {
            outcome: p.outcome === 'accepted' ? 'accepted' : 'rejected',
            note: (p.reason as string | null) ?? null,
          }),
        ];
      default:
        return [];
    }
  }

  if (event.aggregateType === 'commitment' && event.eventType === 'CommitmentStatusChanged') {
    const commitment = await db
      .selectFrom('commitments as c')
      .innerJoin('organizations as o', 'o.id', 'c.committedByOrganizationId')
      .select([
        'c.id',
        'c.title',
        'o.name as officeName',
        sql<string | null>`to_char(c.due_on, 'YYYY-MM-DD')`.as('dueDate'),
      ])
      .where('c.id', '=', event.aggregateId)
      .executeTakeFirst();
    if (!commitment) return [];
    const followers = await commitmentFollowers(db, commitment.id);
    return [
      {
        recipients: followers.filter((r) => r.id !== event.actorId),
        subject: { type: 'commitment', id: commitment.id },
        facts: {
          kind: 'commitmentStatusChanged',
          title: commitment.title,
          url: links.commitment(commitment.id),
          actorName: byActor,
          officeName: commitment.officeName,
          dueDate: commitment.dueDate,
          fromStatus: (p.from as string | null) ?? null,
          toStatus: (p.to as string | null) ?? null,
          note: (p.reason as string | null) ?? (p.evidence as string | null) ?? null,
        },
      },
    ];
  }
  return [];
}
