import type { Database } from '@tindak/db';
import {
  type CommitmentStatus,
  type CommitmentSummary,
  commitmentStatusMachine,
  openStatuses,
} from '@tindak/shared';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { afterCreatedCursor, type CreatedCursor, createdAtKey } from './created-keyset';
import { inRegion } from './region-filter';
import { commitmentVisible } from './scope';

export interface CommitmentFilter {
  /** The caller's scope region; null or undefined: everything. */
  scopeRegion?: string | null;
  status?: CommitmentStatus | undefined;
  committedByOrganizationId?: string | undefined;
  regionCode?: string | undefined;
  meetingId?: string | undefined;
  proposalId?: string | undefined;
  /** Only commitments still running whose due date is before this day (YYYY-MM-DD). */
  overdueBefore?: string | undefined;
  /** Words in the title or description. */
  q?: string | undefined;
}

/** Statuses in which a promise is still running and so can become overdue. */
export const runningCommitmentStatuses = openStatuses(commitmentStatusMachine);

function overdue(today: string) {
  return sql<boolean>`(c.due_on < ${today}::date and c.status in (${sql.join(runningCommitmentStatuses)}))`;
}

function selectSummaries(db: Database, today: string) {
  return db
    .selectFrom('commitments as c')
    .innerJoin('organizations as party', 'party.id', 'c.committedByOrganizationId')
    .leftJoin('people as partyPerson', 'partyPerson.id', 'c.committedByPersonId')
    .leftJoin('organizations as ownerOrg', 'ownerOrg.id', 'c.ownerOrganizationId')
    .leftJoin('people as ownerPerson', 'ownerPerson.id', 'c.ownerPersonId')
    .leftJoin('meetings as source', 'source.id', 'c.meetingId')
    .select((eb) => [
      'c.id',
      'c.title',
      'c.status',
      sql<string | null>`to_char(c.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      overdue(today).as('isOverdue'),
      'c.isPublic',
      sql<string>`to_char(c.made_on, 'YYYY-MM-DD')`.as('madeOn'),
      'c.createdAt',
      'c.evidence',
      'source.id as sourceId',
      'source.title as sourceTitle',
      'source.startsAt as sourceStartsAt',
      createdAtKey('c.created_at').as('createdAtKey'),
      'party.id as partyId',
      'party.name as partyName',
      'partyPerson.id as partyPersonId',
      'partyPerson.fullName as partyPersonName',
      'ownerOrg.id as ownerOrgId',
      'ownerOrg.name as ownerOrgName',
      'ownerPerson.id as ownerPersonId',
      'ownerPerson.fullName as ownerPersonName',
      jsonArrayFrom(
        eb
          .selectFrom('commitmentRegions as cr')
          .innerJoin('regions as r', 'r.code', 'cr.regionCode')
          .select(['r.code', 'r.name'])
          .whereRef('cr.commitmentId', '=', 'c.id')
          .orderBy('r.code'),
      ).as('regions'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function ref(id: string | null, name: string | null) {
  return id && name ? { id, name } : null;
}

function toSummary(row: SummaryRow): CommitmentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    committedBy: { id: row.partyId, name: row.partyName },
    committedByPerson: ref(row.partyPersonId, row.partyPersonName),
    regions: row.regions,
    dueOn: row.dueOn,
    isOverdue: row.isOverdue === true,
    owner: {
      organization: ref(row.ownerOrgId, row.ownerOrgName),
      person: ref(row.ownerPersonId, row.ownerPersonName),
    },
    isPublic: row.isPublic,
    madeOn: row.madeOn,
    createdAt: row.createdAt.toISOString(),
    evidence: row.evidence,
    meeting:
      row.sourceId && row.sourceTitle && row.sourceStartsAt
        ? // As stored; the service shows it as outside the reader's region when they may not read it.
          {
            id: row.sourceId,
            title: row.sourceTitle,
            startsAt: row.sourceStartsAt.toISOString(),
            outsideScope: false,
          }
        : null,
  };
}

/** One page in (created_at desc, id desc) order, after the cursor. Reads `limit + 1` to know if more follow. */
export async function listCommitments(
  db: Database,
  filter: CommitmentFilter,
  cursor: CreatedCursor | null,
  limit: number,
  today: string,
): Promise<{ summary: CommitmentSummary; key: CreatedCursor }[]> {
  let query = selectSummaries(db, today)
    .orderBy('c.createdAt', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit + 1);
  if (filter.scopeRegion) query = query.where(commitmentVisible('c', filter.scopeRegion));
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.committedByOrganizationId) {
    query = query.where('c.committedByOrganizationId', '=', filter.committedByOrganizationId);
  }
  if (filter.meetingId) query = query.where('c.meetingId', '=', filter.meetingId);
  if (filter.proposalId) {
    const proposalId = filter.proposalId;
    // Every promise answering it, not only those that name it first (issue 19).
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('commitmentProposals as fp')
          .select(sql`1`.as('one'))
          .whereRef('fp.commitmentId', '=', 'c.id')
          .where('fp.proposalId', '=', proposalId),
      ),
    );
  }
  if (filter.overdueBefore) query = query.where(overdue(filter.overdueBefore));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('c.title', 'ilike', pattern), eb('c.description', 'ilike', pattern)]),
    );
  }
  if (filter.regionCode) {
    const code = filter.regionCode;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('commitmentRegions as fr')
          .select(sql`1`.as('one'))
          .whereRef('fr.commitmentId', '=', 'c.id')
          .where(inRegion('fr.region_code', code)),
      ),
    );
  }
  if (cursor) query = query.where(afterCreatedCursor('c.created_at', 'c.id', cursor));
  const rows = await query.execute();
  return rows.map((row) => ({ summary: toSummary(row), key: { createdAt: row.createdAtKey, id: row.id } }));
}

/** Every party that made a commitment in scope, with how many, by name. One grouped query. */
export async function listCommitmentParties(db: Database, scopeRegion: string | null) {
  let query = db
    .selectFrom('commitments as c')
    .innerJoin('organizations as party', 'party.id', 'c.committedByOrganizationId')
    .select(['party.id', 'party.name', (eb) => eb.fn.countAll<string>().as('commitments')])
    .groupBy(['party.id', 'party.name'])
    .orderBy('party.name')
    .orderBy('party.id');
  if (scopeRegion) query = query.where(commitmentVisible('c', scopeRegion));
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, name: r.name, commitments: Number(r.commitments) }));
}

export async function findCommitmentSummary(
  db: Database,
  id: string,
  today: string,
): Promise<CommitmentSummary | undefined> {
  const row = await selectSummaries(db, today).where('c.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

function selectRow(db: Database) {
  return db
    .selectFrom('commitments')
    .select([
      'id',
      'title',
      'description',
      'committedByOrganizationId',
      'committedByPersonId',
      sql<string | null>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOn'),
      sql<string>`to_char(made_on, 'YYYY-MM-DD')`.as('madeOn'),
      'ownerOrganizationId',
      'ownerPersonId',
      'meetingId',
      'proposalId',
      'isPublic',
      'status',
      'evidence',
      'version',
      'createdAt',
      'updatedAt',
      'indicatorId',
      'indicatorRegionCode',
      'agreementId',
    ]);
}

export async function findCommitmentRow(db: Database, id: string) {
  return selectRow(db).where('id', '=', id).executeTakeFirst();
}

/** The row as stored, locked for the rest of the transaction so concurrent changes queue up. */
export async function lockCommitment(db: Database, id: string) {
  return selectRow(db).where('id', '=', id).forUpdate().executeTakeFirst();
}

export type CommitmentRow = NonNullable<Awaited<ReturnType<typeof findCommitmentRow>>>;

export async function findCommitmentIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('commitments')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export interface CommitmentValues {
  title: string;
  description: string | null;
  committedByOrganizationId: string;
  committedByPersonId: string | null;
  dueOn: string | null;
  ownerOrganizationId: string | null;
  ownerPersonId: string | null;
  meetingId: string | null;
  proposalId: string | null;
  isPublic: boolean;
  /** `YYYY-MM-DD`. */
  madeOn: string;
  /** The indicator and region it is meant to move (issue 18). */
  indicatorId?: string | null;
  indicatorRegionCode?: string | null;
  /** The agreement it is one party's part of (issue 19). */
  agreementId?: string | null;
}

export async function insertCommitment(
  db: Database,
  values: CommitmentValues & { idempotencyKey: string | null },
): Promise<string> {
  const row = await db.insertInto('commitments').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates only when the stored version is still `version`; returns undefined otherwise. */
export async function updateCommitmentIfVersion(
  db: Database,
  id: string,
  version: number,
  values: Partial<CommitmentValues & { status: CommitmentStatus; evidence: string | null }>,
): Promise<{ version: number } | undefined> {
  return db
    .updateTable('commitments')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export async function listRegionCodes(db: Database, commitmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('commitmentRegions')
    .select('regionCode')
    .where('commitmentId', '=', commitmentId)
    .execute();
  return rows.map((r) => r.regionCode);
}

export async function addRegions(db: Database, commitmentId: string, regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return;
  await db
    .insertInto('commitmentRegions')
    .values(regionCodes.map((regionCode) => ({ commitmentId, regionCode })))
    .execute();
}

export async function removeRegions(db: Database, commitmentId: string, regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return;
  await db
    .deleteFrom('commitmentRegions')
    .where('commitmentId', '=', commitmentId)
    .where('regionCode', 'in', [...regionCodes])
    .execute();
}

/** Where the promise was made, for the detail view (what it answers: commitment-proposal.repo). */
export async function findCommitmentSources(db: Database, row: Pick<CommitmentRow, 'meetingId'>) {
  const meeting = row.meetingId
    ? await db
        .selectFrom('meetings')
        .select(['id', 'title', 'startsAt'])
        .where('id', '=', row.meetingId)
        .executeTakeFirst()
    : undefined;
  return {
    meeting: meeting
      ? { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt.toISOString() }
      : null,
  };
}

/** The commitments a proposal gave rise to (alone or with others), oldest first. */
export async function listCommitmentsForProposal(db: Database, proposalId: string) {
  const rows = await db
    .selectFrom('commitments as c')
    .innerJoin('commitmentProposals as cp', 'cp.commitmentId', 'c.id')
    .select(['c.id', 'c.title', 'c.status'])
    .where('cp.proposalId', '=', proposalId)
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status }));
}
