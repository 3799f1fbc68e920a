import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/** The office's kop surat and paper: what every official letter it sends is printed on. */
export async function findOfficeLetterhead(db: Database, organizationId: string) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .select([
      'o.id',
      'o.name',
      'o.letterheadGovernment',
      'o.address',
      'o.phone',
      'o.email',
      'o.website',
      'o.paperSize',
      'r.name as regionName',
    ])
    .where('o.id', '=', organizationId)
    .executeTakeFirst();
}

/** The meeting's invitation letter as stored: number, date, signer, when it was last sent. */
export async function findInvitation(db: Database, meetingId: string) {
  return db
    .selectFrom('meetings as m')
    .leftJoin('people as p', 'p.id', 'm.invitationSignerPersonId')
    .select([
      'm.id',
      'm.version',
      'm.status',
      'm.hostOrganizationId',
      'm.invitationNumber',
      sql<string | null>`to_char(m.invitation_date, 'YYYY-MM-DD')`.as('invitationDate'),
      'm.invitationSentAt',
      'p.id as signerId',
      'p.fullName as signerName',
      'p.position as signerPosition',
      'p.nip as signerNip',
    ])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
}

/**
 * Each participant with the address their invitation goes to: the email of the active account of
 * their person, if any (people have no email of their own: an account is how a person is reached).
 */
export async function listInvitationRecipients(db: Database, meetingId: string) {
  return db
    .selectFrom('meetingParticipants as mp')
    .leftJoin('people as p', 'p.id', 'mp.personId')
    .leftJoin('organizations as o', 'o.id', 'mp.organizationId')
    .leftJoin('users as u', (join) => join.onRef('u.personId', '=', 'mp.personId').on('u.active', '=', true))
    .select([
      'mp.id as participantId',
      'mp.personId',
      'mp.role',
      sql<string>`coalesce(p.full_name, mp.guest_name, '')`.as('name'),
      sql<string | null>`coalesce(p.position, mp.guest_position)`.as('position'),
      'o.name as organizationName',
      'u.id as userId',
      'u.email',
      'u.language',
      'u.timeZone',
    ])
    .where('mp.meetingId', '=', meetingId)
    .orderBy('mp.createdAt')
    .orderBy('mp.id')
    .execute();
}

/** A person who can sign: in the directory and not merged into another record. */
export async function findSigner(db: Database, personId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'fullName', 'position', 'nip'])
    .where('id', '=', personId)
    .where('mergedInto', 'is', null)
    .executeTakeFirst();
}

export async function setInvitationRow(
  db: Database,
  meetingId: string,
  letter: { number: string; date: string; signerPersonId: string },
): Promise<void> {
  await db
    .updateTable('meetings')
    .set({
      invitationNumber: letter.number,
      invitationDate: sql`${letter.date}::date`,
      invitationSignerPersonId: letter.signerPersonId,
    })
    .where('id', '=', meetingId)
    .execute();
}

export async function markInvitationsSent(db: Database, meetingId: string): Promise<Date> {
  const row = await db
    .updateTable('meetings')
    .set({ invitationSentAt: sql`now()` })
    .where('id', '=', meetingId)
    .returning('invitationSentAt')
    .executeTakeFirstOrThrow();
  return row.invitationSentAt as Date;
}

/** The meeting an action item came from, as a lembar disposisi names its source. */
export async function findDispositionSource(db: Database, meetingId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('organizations as o', 'o.id', 'm.hostOrganizationId')
    .select(['m.title', 'm.startsAt', 'm.timeZone', 'm.invitationNumber', 'o.name as hostName'])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
}
