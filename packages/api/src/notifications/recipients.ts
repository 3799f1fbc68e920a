import type { Database } from '@tindak/db';
import { type ItemHome, mayWorkOnItem, readDomainEvent } from '@tindak/shared';
import {
  assignerOffice,
  latestAssignmentEvent,
  officeAccounts,
  officeHeads,
  type Recipient,
  usersByIds,
  usersOfPerson,
} from '../repositories/recipient.repo';

/**
 * Who an item belongs to: the named person's account; for an item given to an office as a whole,
 * that office's active heads (who pass it on); and when the office has no head who uses the app,
 * its active accounts that may work on the item (staff: `mayWorkOnItem`, the rule the item's
 * services enforce), so an office of staff only still hears what it must do. Every notice "to the
 * owner" goes through here: assigned, passed down, extension decided, evidence verdict, deadline
 * reminders.
 */
export async function itemOwners(db: Database, item: ItemHome): Promise<Recipient[]> {
  if (item.ownerPersonId) return usersOfPerson(db, item.ownerPersonId);
  const heads = await officeHeads(db, item.ownerOrganizationId);
  if (heads.length > 0) return heads;
  const accounts = await officeAccounts(db, item.ownerOrganizationId);
  return accounts
    .filter((account) => mayWorkOnItem(account, item))
    .map(({ role: _r, organizationId: _o, personId: _p, scopeRegion: _s, ...recipient }) => recipient);
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
