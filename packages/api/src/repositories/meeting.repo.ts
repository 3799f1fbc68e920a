import type { Database, DB } from '@tindak/db';
import type {
  AttendanceState,
  MeetingSummary,
  MeetingType,
  Participant,
  ParticipantRole,
  RegionAttendance,
} from '@tindak/shared';
import { type ExpressionBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { inRegion } from './region-filter';
import { meetingVisible } from './scope';

export interface MeetingCursor {
  startsAt: string;
  id: string;
}

export interface MeetingFilter {
  /** The caller's scope region; null or undefined: everything. */
  scopeRegion?: string | null;
  type?: MeetingType | undefined;
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
}

function participantRegions(eb: ExpressionBuilder<DB & { m: DB['meetings'] }, 'm'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('meetingParticipants as mp')
      .innerJoin('regions as r', 'r.code', 'mp.regionCode')
      .select(['r.code', 'r.name'])
      .distinct()
      .whereRef('mp.meetingId', '=', 'm.id')
      .orderBy('r.code'),
  );
}

function selectSummaries(db: Database) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('organizations as host', 'host.id', 'm.hostOrganizationId')
    .select((eb) => [
      'm.id',
      'm.type',
      'm.title',
      'm.startsAt',
      'm.endsAt',
      'm.timeZone',
      'm.place',
      'm.onlineUrl',
      'm.status',
      'host.id as hostId',
      'host.name as hostName',
      eb
        .selectFrom('meetingParticipants as mp')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('mp.meetingId', '=', 'm.id')
        .as('participantCount'),
      participantRegions(eb).as('regions'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function toSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    place: row.place,
    onlineUrl: row.onlineUrl,
    host: { id: row.hostId, name: row.hostName },
    status: row.status,
    participantCount: Number(row.participantCount ?? 0),
    regions: row.regions,
  };
}

/** One page in (startsAt desc, id desc) order, after the cursor. Reads `limit + 1` to know if more follow. */
export async function listMeetings(
  db: Database,
  filter: MeetingFilter,
  cursor: MeetingCursor | null,
  limit: number,
): Promise<MeetingSummary[]> {
  let query = selectSummaries(db)
    .orderBy('m.startsAt', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit + 1);
  if (filter.scopeRegion) query = query.where(meetingVisible('m', filter.scopeRegion));
  if (filter.type) query = query.where('m.type', '=', filter.type);
  if (filter.from) query = query.where('m.startsAt', '>=', new Date(filter.from));
  if (filter.to) query = query.where('m.startsAt', '<=', new Date(filter.to));
  if (filter.regionCode) {
    const code = filter.regionCode;
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('meetingParticipants as fp')
            .select(sql`1`.as('one'))
            .whereRef('fp.meetingId', '=', 'm.id')
            .where(inRegion('fp.region_code', code)),
        ),
        inRegion('host.region_code', code),
      ]),
    );
  }
  if (cursor) {
    query = query.where((eb) =>
      eb(eb.refTuple('m.startsAt', 'm.id'), '<', eb.tuple(new Date(cursor.startsAt), cursor.id)),
    );
  }
  return (await query.execute()).map(toSummary);
}

export async function findMeetingSummary(db: Database, id: string): Promise<MeetingSummary | undefined> {
  const row = await selectSummaries(db).where('m.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

export async function findMeetingRow(db: Database, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeetingRow>>>;

export async function findMeetingIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('meetings')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export async function listParticipants(db: Database, meetingId: string): Promise<Participant[]> {
  const rows = await db
    .selectFrom('meetingParticipants as mp')
    .leftJoin('people as p', 'p.id', 'mp.personId')
    .leftJoin('organizations as o', 'o.id', 'mp.organizationId')
    .leftJoin('regions as r', 'r.code', 'mp.regionCode')
    .select([
      'mp.id',
      'mp.personId',
      'mp.guestName',
      'mp.guestPosition',
      'mp.role',
      'mp.attendance',
      'mp.representedBy',
      'p.fullName',
      'p.position',
      'o.id as orgId',
      'o.name as orgName',
      'r.code as regionCode',
      'r.name as regionName',
    ])
    .where('mp.meetingId', '=', meetingId)
    .orderBy(
      sql`case mp.role when 'chair' then 0 when 'minute_taker' then 1 when 'speaker' then 2 when 'resource_person' then 3 else 4 end`,
    )
    .orderBy('mp.regionCode', (ob) => ob.nullsFirst())
    .orderBy('mp.createdAt')
    .orderBy('mp.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.personId ? 'person' : 'guest',
    personId: r.personId,
    name: r.fullName ?? r.guestName ?? '',
    position: r.personId ? r.position : r.guestPosition,
    organization: r.orgId && r.orgName ? { id: r.orgId, name: r.orgName } : null,
    region: r.regionCode && r.regionName ? { code: r.regionCode, name: r.regionName } : null,
    role: r.role as ParticipantRole,
    attendance: r.attendance as AttendanceState,
    representedBy: r.representedBy,
  }));
}

export interface MeetingValues {
  type: MeetingType;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  hostOrganizationId: string;
  summary: string | null;
  /** About how many came; for a training, its quota and the number trained (issue 18). */
  headcount: number | null;
  trainingQuota: number | null;
  trainedCount: number | null;
}

export async function insertMeeting(
  db: Database,
  values: MeetingValues & { idempotencyKey: string | null },
): Promise<string> {
  const row = await db.insertInto('meetings').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates only when the stored version is still `version`; returns undefined otherwise. */
export async function updateMeetingIfVersion(
  db: Database,
  id: string,
  version: number,
  values: MeetingValues,
): Promise<{ version: number } | undefined> {
  return db
    .updateTable('meetings')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export interface ParticipantValues {
  personId: string | null;
  guestName: string | null;
  guestPosition: string | null;
  organizationId: string | null;
  regionCode: string | null;
  role: ParticipantRole;
  attendance: AttendanceState;
  representedBy: string | null;
}

export async function insertParticipants(
  db: Database,
  meetingId: string,
  participants: readonly ParticipantValues[],
): Promise<void> {
  // Large attendance lists go in chunks to stay far below PostgreSQL's 65k bind parameters.
  for (let i = 0; i < participants.length; i += 500) {
    const chunk = participants.slice(i, i + 500).map((p) => ({ ...p, meetingId }));
    await db.insertInto('meetingParticipants').values(chunk).execute();
  }
}

export async function listParticipantRows(db: Database, meetingId: string) {
  return db.selectFrom('meetingParticipants').selectAll().where('meetingId', '=', meetingId).execute();
}

export async function updateParticipant(db: Database, id: string, values: ParticipantValues): Promise<void> {
  await db.updateTable('meetingParticipants').set(values).where('id', '=', id).execute();
}

export async function deleteParticipants(db: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom('meetingParticipants')
    .where('id', 'in', [...ids])
    .execute();
}

export async function listAgenda(db: Database, meetingId: string) {
  return db
    .selectFrom('meetingAgendaItems')
    .select(['position', 'title', 'notes'])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function replaceAgenda(
  db: Database,
  meetingId: string,
  agenda: readonly { title: string; notes: string | null }[],
): Promise<void> {
  await db.deleteFrom('meetingAgendaItems').where('meetingId', '=', meetingId).execute();
  if (agenda.length === 0) return;
  await db
    .insertInto('meetingAgendaItems')
    .values(
      agenda.map((item, index) => ({ meetingId, position: index + 1, title: item.title, notes: item.notes })),
    )
    .execute();
}

export async function listAttachments(db: Database, meetingId: string) {
  return db
    .selectFrom('meetingAttachments as a')
    .innerJoin('files as f', 'f.id', 'a.fileId')
    .select(['f.id', 'f.fileName', 'f.contentType', 'f.sizeBytes', 'a.createdAt'])
    .where('a.meetingId', '=', meetingId)
    .orderBy('a.createdAt')
    .execute();
}

/**
 * Which regencies/cities of the meeting's province took part. The province is the host office's,
 * or else the one most participants come from; every child region is listed, present or not.
 */
export async function attendanceByRegion(db: Database, meetingId: string): Promise<RegionAttendance[]> {
  const result = await sql<RegionAttendance & { invited: number }>`
    with meeting_province as (
      select coalesce(
        (select split_part(o.region_code, '.', 1) from meetings m join organizations o on o.id = m.host_organization_id
          where m.id = ${meetingId} and o.region_code is not null),
        (select split_part(region_code, '.', 1) from meeting_participants
          where meeting_id = ${meetingId} and region_code is not null
          group by 1 order by count(*) desc, 1 limit 1)
      ) as code
    )
    select r.code, r.name,
      count(mp.id) filter (where mp.attendance = 'invited')::int as invited,
      count(mp.id) filter (where mp.attendance = 'present')::int as present,
      count(mp.id) filter (where mp.attendance = 'represented')::int as represented,
      count(mp.id) filter (where mp.attendance = 'absent')::int as absent,
      coalesce(bool_or(mp.attendance in ('present', 'represented')), false) as attended
    from regions r
    join meeting_province p on r.parent_code = p.code
    left join meeting_participants mp
      on mp.meeting_id = ${meetingId} and (mp.region_code = r.code or mp.region_code like r.code || '.%')
    group by r.code, r.name
    order by r.code`.execute(db);
  return result.rows;
}
