import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import { startSession } from '../../packages/api/src/auth/session.service';
import { createAccount } from '../../packages/api/src/services/account-person';

/** The people and records the scenarios act on, found by the fixed names the generator gives them. */
export interface Subjects {
  provincialHead: { id: string; token: string };
  nationalViewer: { id: string; token: string };
  /** A staff member of Diskominfo Kabupaten Kerinci: scope '15.01', a regency's reader. */
  regencyStaff: { id: string; token: string };
  bigMeetingId: string;
  bigMeetingParticipants: number;
  /** Another meeting of the province: new follow-ups go there, so the big meeting's page stays as generated. */
  createMeetingId: string;
  /** Diskominfo Kabupaten Kerinci: the office a new follow-up is assigned to. */
  regencyOfficeId: string;
}

const BIG_MEETING_TITLE = 'Rakornis Kominfo se-Provinsi Jambi (benchmark)';
const SESSION = { idleMinutes: 24 * 60, absoluteHours: 24 };

export async function findSubjects(db: Database): Promise<Subjects> {
  const head = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'kepala.jambi@bench.tindak.test')
    .executeTakeFirstOrThrow(() => new Error('no provincial head: was the data set generated?'));
  const meeting = await db
    .selectFrom('meetings as m')
    .select([
      'm.id',
      sql<number>`(select count(*)::int from meeting_participants p where p.meeting_id = m.id)`.as('n'),
    ])
    .where('m.title', '=', BIG_MEETING_TITLE)
    .executeTakeFirstOrThrow(() => new Error(`no meeting titled ${BIG_MEETING_TITLE}`));
  const regency = await db
    .selectFrom('organizations')
    .select('id')
    .where('regionCode', '=', '15.01')
    .where('kind', '=', 'diskominfo')
    .executeTakeFirstOrThrow(() => new Error('no Diskominfo office for 15.01'));
  const other = await db
    .selectFrom('meetings as m')
    .innerJoin('organizations as o', 'o.id', 'm.hostOrganizationId')
    .select('m.id')
    .where('o.regionCode', '=', '15')
    .where('m.id', '<>', meeting.id)
    .orderBy('m.startsAt', 'desc')
    .orderBy('m.id')
    .executeTakeFirstOrThrow(() => new Error('no other meeting hosted in province 15'));
  const viewerId = await nationalViewer(db);
  const staff = await db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select('u.id')
    .where('o.id', '=', regency.id)
    .where('u.role', '=', 'staff')
    .orderBy('u.email')
    .executeTakeFirstOrThrow(() => new Error('no staff at Diskominfo Kabupaten Kerinci'));
  return {
    provincialHead: { id: head.id, token: await startSession(db, head.id, 'bench', SESSION) },
    nationalViewer: { id: viewerId, token: await startSession(db, viewerId, 'bench', SESSION) },
    regencyStaff: { id: staff.id, token: await startSession(db, staff.id, 'bench', SESSION) },
    bigMeetingId: meeting.id,
    bigMeetingParticipants: meeting.n,
    createMeetingId: other.id,
    regencyOfficeId: regency.id,
  };
}

/** A viewer at a national office (no region): sees all 500,000 follow-ups. */
async function nationalViewer(db: Database): Promise<string> {
  const email = 'pemantau.nasional@bench.tindak.test';
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) return existing.id;
  const office = await db
    .selectFrom('organizations')
    .select('id')
    .where('regionCode', 'is', null)
    .orderBy('name')
    .executeTakeFirstOrThrow(() => new Error('no national office'));
  // Every account is a person: made the app's one way, with the person's event.
  const account = await db
    .transaction()
    .execute((trx) =>
      createAccount(
        trx,
        { id: null },
        { email, displayName: 'Pemantau Nasional', role: 'viewer', organizationId: office.id },
      ),
    );
  return account.userId;
}
