import type { Database } from '@tindak/db';
import type { DirectoryPerson } from '@tindak/shared';
import { sql } from 'kysely';
import type { DirectoryPageQuery } from './directory-page';
import { personMatches, selectPeople, toPerson } from './person.repo';
import { inRegion } from './region-filter';
import { actionItemVisible, meetingVisible } from './scope';

/** People as the directory page shows them: `selectPeople` with the region's name, the version and the merge. */
function selectDirectory(db: Database) {
  return selectPeople(db)
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .leftJoin('people as m', 'm.id', 'p.mergedInto')
    .select(['p.version', 'r.name as regionName', 'm.id as mergedId', 'm.fullName as mergedName']);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectDirectory>['execute']>>[number];

function toDirectoryPerson(row: Row): DirectoryPerson {
  const { regionCode, ...person } = toPerson(row);
  return {
    ...person,
    region: regionCode && row.regionName ? { code: regionCode, name: row.regionName } : null,
    mergedInto: row.mergedId && row.mergedName ? { id: row.mergedId, fullName: row.mergedName } : null,
    version: row.version,
  };
}

export interface PeoplePageQuery extends DirectoryPageQuery {
  organizationId?: string | undefined;
}

/**
 * Up to `limit` people in (name, id) order. `q` matches the name or the position (`personMatches`);
 * the region is the person's office's, and everything beneath it.
 */
export async function listPeopleDirectory(db: Database, page: PeoplePageQuery): Promise<DirectoryPerson[]> {
  let query = selectDirectory(db).orderBy('p.fullName').orderBy('p.id').limit(page.limit);
  const q = page.q;
  if (q) query = query.where((eb) => eb.or(personMatches(q)));
  if (page.organizationId) query = query.where('p.organizationId', '=', page.organizationId);
  if (page.regionCode) query = query.where(inRegion('o.regionCode', page.regionCode));
  if (page.status === 'active') query = query.where('p.mergedInto', 'is', null);
  if (page.status === 'inactive') query = query.where('p.mergedInto', 'is not', null);
  const after = page.after;
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('p.fullName', 'p.id'), '>', eb.tuple(after.name, after.id)));
  }
  return (await query.execute()).map(toDirectoryPerson);
}

export async function findDirectoryPerson(db: Database, id: string): Promise<DirectoryPerson | undefined> {
  const row = await selectDirectory(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toDirectoryPerson(row) : undefined;
}

/** The person's latest participations in meetings the caller sees (`scope` null: every one). */
export async function personMeetings(db: Database, personId: string, scope: string | null, limit: number) {
  let query = db
    .selectFrom('meetingParticipants as mp')
    .innerJoin('meetings as m', 'm.id', 'mp.meetingId')
    .select(['m.id as meetingId', 'm.title', 'm.startsAt', 'm.status', 'mp.role', 'mp.attendance'])
    .where('mp.personId', '=', personId)
    .orderBy('m.startsAt', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit);
  if (scope !== null) query = query.where(meetingVisible('m', scope));
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
}

/**
 * Action items naming the person responsible, in the caller's scope, latest due first. Drafts are
 * left out: they are not yet anyone's work, and only their meeting's organizers read them.
 */
export async function personItems(db: Database, personId: string, scope: string | null, limit: number) {
  let query = db
    .selectFrom('actionItems as ai')
    .select(['ai.id', 'ai.title', 'ai.status', sql<string>`to_char(ai.due_on, 'YYYY-MM-DD')`.as('dueOn')])
    .where('ai.ownerPersonId', '=', personId)
    .where('ai.status', '<>', 'draft')
    .orderBy('ai.dueOn', 'desc')
    .orderBy('ai.id', 'desc')
    .limit(limit);
  if (scope !== null) query = query.where(actionItemVisible('ai', scope));
  return query.execute();
}

/** A person row locked for a change, with its office's region and its account, if any. */
export function lockPerson(db: Database, id: string) {
  return selectPeople(db)
    .select(['p.organizationId', 'p.mergedInto', 'p.version', 'u.organizationId as accountOrganizationId'])
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst();
}
export type LockedPerson = NonNullable<Awaited<ReturnType<typeof lockPerson>>>;

export interface PersonChanges {
  fullName?: string;
  position?: string | null;
  organizationId?: string | null;
  nip?: string | null;
  mergedInto?: string;
}

/** Writes the changes and moves the person to their next version. */
export async function updatePerson(db: Database, id: string, changes: PersonChanges): Promise<void> {
  await db
    .updateTable('people')
    .set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` })
    .where('id', '=', id)
    .execute();
}
