import type {
  DirectoryPerson,
  EventPayloadInput,
  PeopleDirectoryOutput,
  PersonGetOutput,
  peopleDirectoryInput,
  personGetInput,
  personUpdateInput,
} from '@tindak/shared';
import { mayKeepOffice, seesNip } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, DomainError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { findDirectoryOffice } from '../repositories/organization-directory.repo';
import {
  findDirectoryPerson,
  type LockedPerson,
  listPeopleDirectory,
  lockPerson,
  type PersonChanges,
  personItems,
  personMeetings,
  updatePerson,
} from '../repositories/people-directory.repo';
import { actorOf } from './authority';
import { directoryPage } from './directory-page';
import { scopeOf } from './scope';

/** How many meetings and items the person page shows: the latest; the lists hold the rest. */
const PERSON_PAGE_ROWS = 20;

/** NIPs show only to those who may see them (`seesNip`: directory keepers, people in their scope). */
function withNipFor(ctx: Context, person: DirectoryPerson): DirectoryPerson {
  return !ctx.user || seesNip(ctx.user, person.region?.code ?? null) ? person : { ...person, nip: null };
}

/**
 * One page of the people directory (`/orang`). Every signed-in user reads all of it, as the
 * offices directory: a meeting in Jambi names people from Komdigi and other provinces.
 */
export async function listPeople(
  ctx: Context,
  input: z.output<typeof peopleDirectoryInput>,
): Promise<PeopleDirectoryOutput> {
  const { items, nextCursor } = await directoryPage(
    input,
    (query) => listPeopleDirectory(ctx.db, { ...query, organizationId: input.organizationId }),
    (person) => person.fullName,
  );
  return { items: items.map((person) => withNipFor(ctx, person)), nextCursor };
}

export async function getDirectoryPerson(ctx: Context, id: string): Promise<DirectoryPerson> {
  const person = await findDirectoryPerson(ctx.db, id);
  if (!person) throw new NotFoundError('personNotFound', 'id');
  return withNipFor(ctx, person);
}

/** A person with their latest meetings and items, of those the caller reads. */
export async function getPerson(
  ctx: Context,
  input: z.output<typeof personGetInput>,
): Promise<PersonGetOutput> {
  const person = await getDirectoryPerson(ctx, input.id);
  const scope = scopeOf(ctx);
  return {
    person,
    meetings: await personMeetings(ctx.db, input.id, scope, PERSON_PAGE_ROWS),
    items: await personItems(ctx.db, input.id, scope, PERSON_PAGE_ROWS),
  };
}

/**
 * The caller keeps this (locked) person's entry: `mayKeepOffice` on their office (a person without
 * one is shared by every province, like an office without a region). The system always.
 */
export function requirePersonKeeper(ctx: Context, person: { regionCode: string | null }): void {
  if (ctx.user && !mayKeepOffice(actorOf(ctx.user), person)) {
    throw new DomainError('FORBIDDEN', 'notKeeperOfPerson');
  }
}

/** The office a person is moved to exists, is still in use, and is the caller's to keep. */
async function requireOfficeToMoveTo(ctx: Context, organizationId: string | null): Promise<void> {
  if (organizationId === null) {
    requirePersonKeeper(ctx, { regionCode: null });
    return;
  }
  const office = await findDirectoryOffice(ctx.db, organizationId);
  // Out of scope reads like an office that is not there, as when moving an office to a region.
  const outOfScope = office && ctx.user && !mayKeepOffice(actorOf(ctx.user), office);
  if (!office?.active || outOfScope) {
    throw new NotFoundError('organizationNotFound', 'organizationId');
  }
}

const STALE = Symbol('stale');

/**
 * Name, position, office and NIP, in one transaction on the locked row: the caller's to change
 * (FORBIDDEN), still at the version they saw (CONFLICT with the current state). The event names
 * only what changed, and of the NIP only that it did (it is personal data).
 */
export async function updatePersonEntry(
  ctx: Context,
  input: z.output<typeof personUpdateInput>,
): Promise<DirectoryPerson> {
  const outcome = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const before = await lockPerson(trx, input.id);
      if (!before) throw new NotFoundError('personNotFound', 'id');
      requirePersonKeeper(ctx, before);
      if (before.version !== input.version) return STALE;
      if (before.mergedInto) throw new BadRequestError('personMerged', 'id');
      const { changes, facts } = changesTo(ctx, before, input);
      if (Object.keys(facts).length === 0) return undefined;
      // A person with an account is the account's name and office (keepPersonInStep moves them
      // together from the Users page); changing them here would leave the account telling another
      // story, or move a user to another office's scope from a directory page.
      if (before.userId && changes.fullName !== undefined)
        throw new BadRequestError('personNameFromAccount', 'fullName');
      if (before.userId && changes.organizationId !== undefined)
        throw new BadRequestError('personNameFromAccount', 'organizationId');
      if (changes.organizationId !== undefined) {
        await requireOfficeToMoveTo({ ...ctx, db: trx }, changes.organizationId);
      }
      await updatePerson(trx, input.id, changes);
      await recordEvent(trx, ctx.actor, {
        aggregateType: 'person',
        aggregateId: input.id,
        eventType: 'PersonUpdated',
        payload: facts,
      });
      return undefined;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'people_nip_key')) throw new ConflictError('nipExists', undefined, 'nip');
      throw error;
    });
  if (outcome === STALE) {
    throw new ConflictError('staleVersion', await getDirectoryPerson(ctx, input.id), 'version');
  }
  return getDirectoryPerson(ctx, input.id);
}

/** What the edit changes, as columns to write and as the event's facts. */
function changesTo(ctx: Context, before: LockedPerson, input: z.output<typeof personUpdateInput>) {
  const changes: PersonChanges = {};
  const facts: EventPayloadInput<'PersonUpdated'> = {};
  for (const field of ['fullName', 'position', 'organizationId'] as const) {
    if (before[field] !== input[field]) {
      Object.assign(changes, { [field]: input[field] });
      Object.assign(facts, { [field]: { from: before[field], to: input[field] } });
    }
  }
  // A NIP the caller may not see is not theirs to change: the form sends none, and one sent
  // anyway is left as it is rather than overwriting what they were never shown.
  const mayTouchNip = !ctx.user || seesNip(ctx.user, before.regionCode);
  if (input.nip !== undefined && mayTouchNip && input.nip !== before.nip) {
    changes.nip = input.nip;
    facts.nipChanged = true;
  }
  return { changes, facts };
}
