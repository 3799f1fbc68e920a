import type { Database } from '@tindak/db';

// What an attendance import matches its rows against: regions and offices by name, people by NIP
// or by office, and who already takes part in the meeting.

export function listRegionNames(db: Database) {
  return db.selectFrom('regions').select(['code', 'name']).execute();
}

/** Every office with what its key is made of (name, short name, region) and its region's name. */
export function listOfficeNames(db: Database) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .select(['o.id', 'o.name', 'o.shortName', 'o.regionCode', 'r.name as regionName'])
    .execute();
}

export async function peopleByNips(db: Database, nips: readonly string[]) {
  if (nips.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'fullName', 'nip'])
    .where('nip', 'in', [...nips])
    .execute();
}

export async function peopleInOffices(db: Database, officeIds: readonly string[]) {
  if (officeIds.length === 0) return [];
  return (
    db
      .selectFrom('people')
      .select(['id', 'fullName', 'organizationId'])
      .where('organizationId', 'in', [...officeIds])
      // A merged duplicate is matched by no one: its records live with the person kept.
      .where('mergedInto', 'is', null)
      .execute()
  );
}

/** The people already taking part in the meeting. */
export async function participantPersonIds(db: Database, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('meetingParticipants')
    .select('personId')
    .where('meetingId', '=', meetingId)
    .where('personId', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.personId ? [row.personId] : []));
}
