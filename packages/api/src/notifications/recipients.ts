import type { Database } from '@tindak/db';
import { readDomainEvent } from '@tindak/shared';
import {
  assignerOffice,
  latestAssignmentEvent,
  officeHeads,
  type Recipient,
  usersByIds,
  usersOfPerson,
} from '../repositories/recipient.repo';

/**
 * Who an item belongs to: the named person's account, or, for an item given to an office as a
 * whole, that office's heads (who pass it on).
 */
export async function itemOwners(
  db: Database,
  item: { ownerOrganizationId: string; ownerPersonId: string | null },
): Promise<Recipient[]> {
  if (item.ownerPersonId) return usersOfPerson(db, item.ownerPersonId);
  return officeHeads(db, item.ownerOrganizationId);
}

/**
 * Who gave the item to its current owner, and so decides extensions and verifies evidence: the
 * user who recorded the latest assignment or hand-down; when that was the system (imported
 * data), the heads of the office it came from.
 */
export async function itemAssigners(db: Database, itemId: string): Promise<Recipient[]> {
  const latest = await latestAssignmentEvent(db, itemId);
  if (latest?.actorId) {
    const users = await usersByIds(db, [latest.actorId]);
    if (users.length > 0) return users;
  }
  let office: string | null = null;
  const handedDown = latest ? readDomainEvent(latest) : null;
  if (handedDown?.eventType === 'ActionItemDelegated') office = handedDown.payload.from.organizationId;
  if (!office) {
    office = await assignerOffice(db, itemId);
  }
  if (!office) return [];
  return officeHeads(db, office);
}
