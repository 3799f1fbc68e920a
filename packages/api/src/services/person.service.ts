import type { Person, personCreateInput, personSearchInput } from '@tindak/shared';
import { knowsNips, regionInScope, seesNip } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { findOrganization } from '../repositories/organization.repo';
import {
  findPerson,
  findPersonIdByKey,
  insertPerson,
  searchPeople as searchPeopleRows,
} from '../repositories/person.repo';
import { createOnce } from './idempotent';
import { scopeOf } from './scope';

/** NIPs show only to those who may see them (`seesNip`: directory keepers, people in their scope). */
function withoutNip(ctx: Context, person: Person): Person {
  return !ctx.user || seesNip(ctx.user, person.regionCode) ? person : { ...person, nip: null };
}

/**
 * People by name (ignoring titles, accents, apostrophes and spaces), by position, and, for those
 * who may see NIPs, by a whole NIP of someone in their scope: never by part of one, so nobody can
 * walk the directory digit by digit.
 */
export async function searchPeople(ctx: Context, input: z.output<typeof personSearchInput>) {
  const filter = input ?? { limit: 20 };
  const typed = filter.query?.replace(/\s+/g, '') ?? '';
  // The scope half of seesNip is applied to the rows, in the query.
  const mayFindByNip = !ctx.user || knowsNips(ctx.user.role);
  const nip =
    mayFindByNip && /^\d{18}$/.test(typed) ? { value: typed, scopeRegion: scopeOf(ctx) } : undefined;
  const people = await searchPeopleRows(ctx.db, { ...filter, nip });
  return people.map((person) => withoutNip(ctx, person));
}

export async function createPerson(ctx: Context, input: z.output<typeof personCreateInput>): Promise<Person> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findPersonIdByKey(ctx.db, key),
    async () => {
      if (input.organizationId) {
        const office = await findOrganization(ctx.db, input.organizationId);
        const outOfScope =
          ctx.user &&
          ctx.user.role !== 'admin' &&
          office?.regionCode &&
          !regionInScope(scopeOf(ctx), office.regionCode);
        if (!office || outOfScope) throw new NotFoundError('organizationNotFound', 'organizationId');
      }
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          const { idempotencyKey, ...values } = input;
          const personId = await insertPerson(trx, { ...values, idempotencyKey: idempotencyKey ?? null });
          // The NIP is personal data: the event log records that one was given, not its digits.
          await recordEvent(trx, ctx.actor, {
            aggregateType: 'person',
            aggregateId: personId,
            eventType: 'PersonCreated',
            payload: {
              fullName: values.fullName,
              position: values.position,
              organizationId: values.organizationId,
              hasNip: values.nip !== null,
            },
          });
          return personId;
        });
      } catch (error) {
        if (isUniqueViolation(error, 'people_nip_key'))
          throw new ConflictError('nipExists', undefined, 'nip');
        throw error;
      }
    },
  );
  const created = await findPerson(ctx.db, id);
  if (!created) throw new NotFoundError('personNotFound');
  return created;
}
