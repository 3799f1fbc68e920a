import type { Database } from '@tindak/db';
import { type DirectoryPerson, type PersonStatus, personNameKey } from '@tindak/shared';
import { sql } from 'kysely';
import { inRegion } from './region-filter';
import { actionItemVisible, meetingVisible } from './scope';

/** People as the directory page shows them: office, region, account, and what they were merged into. */
function selectDirectory(db: Database) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .leftJoin('users as u', 'u.personId', 'p.id')
    .leftJoin('people as m', 'm.id', 'p.mergedInto')
    .select([
      'p.id',
      'p.fullName',
      'p.position',
      'p.nip',
      'p.version',
      'o.id as orgId',
      'o.name as orgName',
      'r.code as regionCode',
      'r.name as regionName',
      'u.id as userId',
      'm.id as mergedId',
      'm.fullName as mergedName',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectDirectory>['execute']>>[number];

function toPerson(row: Row): DirectoryPerson {
  return {
    id: row.id,
    fullName: row.fullName,
    position: row.position,
    nip: row.nip,
    organization: row.orgId && row.orgName ? { id: row.orgId, name: row.orgName } : null,
    region: row.regionCode && row.regionName ? { code: row.regionCode, name: row.regionName } : null,
    userId: row.userId,
    mergedInto: row.mergedId && row.mergedName ? { id: row.mergedId, fullName: row.mergedName } : null,
    version: row.version,
  };
}

export interface PeoplePageQuery {
  q?: string | undefined;
  organizationId?: string | undefined;
  /** The region of the person's office and everything beneath it. */
  regionCode?: string | undefined;
  status: PersonStatus;
  after?: { fullName: string; id: string } | null;
  limit: number;
}

/**
 * Up to `limit` people in (name, id) order. `q` matches the name key (`personNameKey`: no titles,
 * case, accents, apostrophes or spaces; the trigram index on name_key serves it) or the position.
 */
export async function listPeopleDirectory(db: Database, page: PeoplePageQuery): Promise<DirectoryPerson[]> {
  let query = selectDirectory(db).orderBy('p.fullName').orderBy('p.id').limit(page.limit);
  if (page.q) {
    // The key holds letters and digits only, so it needs no LIKE escaping; the position does.
    const nameKey = personNameKey(page.q);
    const position = `%${page.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        ...(nameKey ? [eb('p.nameKey', 'like', `%${nameKey}%`)] : []),
        eb('p.position', 'ilike', position),
      ]),
    );
  }
  if (page.organizationId) query = query.where('p.organizationId', '=', page.organizationId);
  if (page.regionCode) query = query.where(inRegion('o.regionCode', page.regionCode));
  if (page.status === 'active') query = query.where('p.mergedInto', 'is', null);
  if (page.status === 'inactive') query = query.where('p.mergedInto', 'is not', null);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('p.fullName', 'p.id'), '>', eb.tuple(after.fullName, after.id)),
    );
  }
  return (await query.execute()).map(toPerson);
}

export async function findDirectoryPerson(db: Database, id: string): Promise<DirectoryPerson | undefined> {
  const row = await selectDirectory(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : undefined;
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
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organizationId')
    .leftJoin('users as u', 'u.personId', 'p.id')
    .select([
      'p.id',
      'p.fullName',
      'p.position',
      'p.nip',
      'p.organizationId',
      'p.mergedInto',
      'p.version',
      'o.regionCode',
      'u.id as userId',
      'u.organizationId as accountOrganizationId',
    ])
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
