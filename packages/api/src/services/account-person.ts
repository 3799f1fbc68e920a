import type { Database } from '@tindak/db';
import { type Language, personNameKey, type Role } from '@tindak/shared';
import type { Actor } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  insertPerson,
  lockPersonForAccount,
  unlinkedNamesakes,
  updatePersonFromAccount,
} from '../repositories/person.repo';
import { insertUser } from '../repositories/user.repo';

/** An account to create: the person is the one given, or found or made for it. */
export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  /** The directory's person this account is; null: the namesake in its office, else a new person. */
  personId?: string | null | undefined;
  language?: Language;
  /** Set only for demo accounts (and tests), which skip the invitation. */
  passwordHash?: string;
}

/**
 * THE way an account comes to exist (invitation, demo data, first admin, test fixtures): every
 * account is a person in the directory, so staff can be named as the person responsible for an
 * item. In the caller's transaction, with the person's event; the caller records the account's own
 * event (invited, created). The person is, in order: the one given; else the only person of the
 * same office without an account whose name key matches the display name (as the migration that
 * gave the first accounts their people did); else a new person with the display name.
 */
export async function createAccount(
  trx: Database,
  actor: Actor,
  account: NewAccount,
): Promise<{ userId: string; personId: string }> {
  const { personId: givenPersonId, ...user } = account;
  const personId =
    givenPersonId ?? (await namesakeWithoutAccount(trx, account.organizationId, account.displayName));
  if (personId) {
    const person = await lockPersonForAccount(trx, personId);
    if (!person) throw new NotFoundError('personNotFound', 'personId');
    if (person.userId) throw new ConflictError('personHasAccount', undefined, 'personId');
    const userId = await insertLinkedUser(trx, { ...user, personId });
    await recordEvent(trx, actor, {
      aggregateType: 'person',
      aggregateId: personId,
      eventType: 'PersonLinkedToAccount',
      payload: { userId },
    });
    // The person works where the account does (the directory may have had no office, or an old one).
    if (person.organizationId !== account.organizationId) {
      await updatePersonFromAccount(trx, personId, { organizationId: account.organizationId });
      await recordEvent(trx, actor, {
        aggregateType: 'person',
        aggregateId: personId,
        eventType: 'PersonChangedWithAccount',
        payload: { userId, organizationId: { from: person.organizationId, to: account.organizationId } },
      });
    }
    return { userId, personId };
  }
  const newPersonId = await insertPerson(trx, {
    fullName: account.displayName,
    position: null,
    nip: null,
    organizationId: account.organizationId,
    idempotencyKey: null,
  });
  const userId = await insertLinkedUser(trx, { ...user, personId: newPersonId });
  await recordEvent(trx, actor, {
    aggregateType: 'person',
    aggregateId: newPersonId,
    eventType: 'PersonCreated',
    payload: {
      fullName: account.displayName,
      position: null,
      organizationId: account.organizationId,
      hasNip: false,
      source: 'account',
      userId,
    },
  });
  return { userId, personId: newPersonId };
}

async function namesakeWithoutAccount(trx: Database, organizationId: string, displayName: string) {
  const found = await unlinkedNamesakes(trx, organizationId, personNameKey(displayName));
  return found.length === 1 ? (found[0]?.id ?? null) : null;
}

/** Two accounts racing for one person: the second is told, not given a 500. */
async function insertLinkedUser(trx: Database, user: Omit<NewAccount, 'personId'> & { personId: string }) {
  try {
    return await insertUser(trx, user);
  } catch (error) {
    if (isUniqueViolation(error, 'users_person_uq'))
      throw new ConflictError('personHasAccount', undefined, 'personId');
    throw error;
  }
}

/**
 * An account renamed or moved to another office takes its person along, in the same transaction,
 * with the person's event: the directory and the accounts never tell two stories.
 */
export async function keepPersonInStep(
  trx: Database,
  actor: Actor,
  account: { userId: string; personId: string },
  before: { displayName: string; organizationId: string },
  after: { displayName: string; organizationId: string },
): Promise<void> {
  const renamed = before.displayName !== after.displayName;
  const moved = before.organizationId !== after.organizationId;
  if (!renamed && !moved) return;
  const person = await lockPersonForAccount(trx, account.personId);
  if (!person) return;
  const fullName = renamed && person.fullName !== after.displayName ? after.displayName : undefined;
  const organizationId =
    moved && person.organizationId !== after.organizationId ? after.organizationId : undefined;
  if (fullName === undefined && organizationId === undefined) return;
  await updatePersonFromAccount(trx, account.personId, {
    ...(fullName === undefined ? {} : { fullName }),
    ...(organizationId === undefined ? {} : { organizationId }),
  });
  await recordEvent(trx, actor, {
    aggregateType: 'person',
    aggregateId: account.personId,
    eventType: 'PersonChangedWithAccount',
    payload: {
      userId: account.userId,
      ...(fullName === undefined ? {} : { fullName: { from: person.fullName, to: fullName } }),
      ...(organizationId === undefined
        ? {}
        : { organizationId: { from: person.organizationId, to: organizationId } }),
    },
  });
}
