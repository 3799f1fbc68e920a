import type { Database } from '@tindak/db';
import { type NotificationKind, readDomainEvent } from '@tindak/shared';
import type { NotificationFacts } from '../mail/content';
import {
  findActorName,
  findCommitmentFacts,
  findItemFacts,
  type ItemFacts,
} from '../repositories/notification.repo';
import { commitmentFollowers, type Recipient } from '../repositories/recipient.repo';
import { itemAssigners, itemOwners } from './recipients';

export interface StoredEvent {
  id: number;
  actorId: string | null;
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  /** As stored; read through the event catalogue (readDomainEvent) before use. */
  payload: unknown;
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

/**
 * The notification rules: for each event type, who hears about it. The person who caused the
 * event is never told about their own action. The payload is read through the event catalogue: one
 * that does not fit its schema fails the job rather than sending a notice with facts guessed at.
 */
export async function noticesFor(db: Database, event: StoredEvent, links: Links): Promise<Notice[]> {
  const typed = readDomainEvent(event);
  const byActor = await findActorName(db, event.actorId);
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
    const item = await findItemFacts(db, event.aggregateId);
    if (!item) return [];
    switch (typed.eventType) {
      case 'ActionItemAssigned':
        return [notice('assigned', await itemOwners(db, item), item)];
      case 'ActionItemDelegated':
        return [notice('delegated', await itemOwners(db, item), item, { note: typed.payload.instruction })];
      case 'ExtensionRequested':
        return [
          notice('extensionRequested', await itemAssigners(db, item.id), item, {
            requestedDueDate: typed.payload.requestedDueOn,
            note: typed.payload.reason,
          }),
        ];
      case 'ExtensionDecided':
        return [
          notice('extensionDecided', await itemOwners(db, item), item, {
            outcome: typed.payload.approved ? 'approved' : 'rejected',
            requestedDueDate: typed.payload.dueOn.to,
            note: typed.payload.note,
          }),
        ];
      case 'EvidenceSubmitted':
        return [
          notice('evidenceSubmitted', await itemAssigners(db, item.id), item, { note: typed.payload.note }),
        ];
      case 'ActionItemVerified':
        return [
          notice('verified', await itemOwners(db, item), item, {
            outcome: typed.payload.outcome,
            note: typed.payload.reason,
          }),
        ];
      default:
        return [];
    }
  }

  if (event.aggregateType === 'commitment' && typed.eventType === 'CommitmentStatusChanged') {
    const commitment = await findCommitmentFacts(db, event.aggregateId);
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
          fromStatus: typed.payload.from,
          toStatus: typed.payload.to,
          note: typed.payload.reason ?? typed.payload.evidence ?? null,
        },
      },
    ];
  }
  return [];
}
