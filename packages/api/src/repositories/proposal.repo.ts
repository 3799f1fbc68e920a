import type { Database } from '@tindak/db';
import type { ProposalStatus, ProposalSummary } from '@tindak/shared';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { afterCreatedCursor, type CreatedCursor, createdAtKey } from './created-keyset';
import { inRegion } from './region-filter';
import { proposalVisible } from './scope';

export interface ProposalFilter {
  /** The caller's scope region; null or undefined: everything. */
  scopeRegion?: string | null;
  status?: ProposalStatus | undefined;
  addressedToOrganizationId?: string | undefined;
  proposerOrganizationId?: string | undefined;
  meetingId?: string | undefined;
  regionCode?: string | undefined;
  /** Only these statuses, e.g. those awaiting a decision; with `status`, both must hold. */
  statuses?: readonly ProposalStatus[] | undefined;
  /** Words in the title, description or letter number. */
  q?: string | undefined;
}

/**
 * Text matched as the other lists match it (`tindak_search_text`: lower case, accents dropped),
 * anywhere in the title, description or letter number. A scope's proposals are a few thousand at
 * most, so a LIKE over them needs no index.
 */
function textMatches(q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`tindak_search_text(p.title || ' ' || coalesce(p.description, '') || ' ' ||
    coalesce(p.letter_number, '')) like tindak_search_text(${pattern})`;
}

function selectSummaries(db: Database) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('organizations as addressed', 'addressed.id', 'p.addressedToOrganizationId')
    .select((eb) => [
      'p.id',
      'p.title',
      'p.status',
      sql<string | null>`to_char(p.decided_on, 'YYYY-MM-DD')`.as('decidedOn'),
      sql<string>`to_char(p.raised_on, 'YYYY-MM-DD')`.as('raisedOn'),
      'p.letterNumber',
      sql<string | null>`to_char(p.letter_date, 'YYYY-MM-DD')`.as('letterDate'),
      'p.createdAt',
      createdAtKey('p.created_at').as('createdAtKey'),
      'addressed.id as addressedToId',
      'addressed.name as addressedToName',
      jsonArrayFrom(
        eb
          .selectFrom('proposalProposers as pp')
          .innerJoin('organizations as o', 'o.id', 'pp.organizationId')
          .select(['o.id', 'o.name'])
          .whereRef('pp.proposalId', '=', 'p.id')
          .orderBy('o.name')
          .orderBy('o.id'),
      ).as('proposers'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function toSummary(row: SummaryRow): ProposalSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    proposers: row.proposers,
    addressedTo: { id: row.addressedToId, name: row.addressedToName },
    decidedOn: row.decidedOn,
    raisedOn: row.raisedOn,
    letter:
      row.letterNumber !== null && row.letterDate !== null
        ? { number: row.letterNumber, date: row.letterDate }
        : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One page in (created_at desc, id desc) order, after the cursor. Reads `limit + 1` to know if more follow. */
export async function listProposals(
  db: Database,
  filter: ProposalFilter,
  cursor: CreatedCursor | null,
  limit: number,
): Promise<{ summary: ProposalSummary; key: CreatedCursor }[]> {
  let query = selectSummaries(db)
    .orderBy('p.createdAt', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit + 1);
  if (filter.scopeRegion) query = query.where(proposalVisible('p', filter.scopeRegion));
  if (filter.status) query = query.where('p.status', '=', filter.status);
  if (filter.statuses) query = query.where('p.status', 'in', [...filter.statuses]);
  if (filter.q) query = query.where(textMatches(filter.q));
  if (filter.addressedToOrganizationId) {
    query = query.where('p.addressedToOrganizationId', '=', filter.addressedToOrganizationId);
  }
  if (filter.proposerOrganizationId) {
    const organizationId = filter.proposerOrganizationId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('proposalProposers as fp')
          .select(sql`1`.as('one'))
          .whereRef('fp.proposalId', '=', 'p.id')
          .where('fp.organizationId', '=', organizationId),
      ),
    );
  }
  if (filter.meetingId) {
    const meetingId = filter.meetingId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('proposalMeetings as fm')
          .select(sql`1`.as('one'))
          .whereRef('fm.proposalId', '=', 'p.id')
          .where('fm.meetingId', '=', meetingId),
      ),
    );
  }
  if (filter.regionCode) {
    const code = filter.regionCode;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('proposalProposers as rp')
          .innerJoin('organizations as ro', 'ro.id', 'rp.organizationId')
          .select(sql`1`.as('one'))
          .whereRef('rp.proposalId', '=', 'p.id')
          .where(inRegion('ro.region_code', code)),
      ),
    );
  }
  if (cursor) query = query.where(afterCreatedCursor('p.created_at', 'p.id', cursor));
  const rows = await query.execute();
  return rows.map((row) => ({ summary: toSummary(row), key: { createdAt: row.createdAtKey, id: row.id } }));
}

export async function findProposalSummary(db: Database, id: string): Promise<ProposalSummary | undefined> {
  const row = await selectSummaries(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

function selectRow(db: Database) {
  return db
    .selectFrom('proposals')
    .select([
      'id',
      'title',
      'description',
      'addressedToOrganizationId',
      'status',
      'decisionNote',
      sql<string | null>`to_char(decided_on, 'YYYY-MM-DD')`.as('decidedOn'),
      sql<string>`to_char(raised_on, 'YYYY-MM-DD')`.as('raisedOn'),
      'letterNumber',
      sql<string | null>`to_char(letter_date, 'YYYY-MM-DD')`.as('letterDate'),
      'version',
      'createdAt',
      'updatedAt',
    ]);
}

export async function findProposalRow(db: Database, id: string) {
  return selectRow(db).where('id', '=', id).executeTakeFirst();
}

/** The row as stored, locked for the rest of the transaction so concurrent changes queue up. */
export async function lockProposal(db: Database, id: string) {
  return selectRow(db).where('id', '=', id).forUpdate().executeTakeFirst();
}

export type ProposalRow = NonNullable<Awaited<ReturnType<typeof findProposalRow>>>;

export async function findProposalIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('proposals')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export interface ProposalValues {
  title: string;
  description: string | null;
  addressedToOrganizationId: string;
  /** `YYYY-MM-DD`. */
  raisedOn: string;
  letterNumber: string | null;
  /** `YYYY-MM-DD`. */
  letterDate: string | null;
}

export interface ProposalDecisionValues {
  status: ProposalStatus;
  decisionNote: string | null;
  decidedOn: string | null;
}

export async function insertProposal(
  db: Database,
  values: ProposalValues & { status: ProposalStatus; idempotencyKey: string | null },
): Promise<string> {
  const row = await db.insertInto('proposals').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates only when the stored version is still `version`; returns undefined otherwise. */
export async function updateProposalIfVersion(
  db: Database,
  id: string,
  version: number,
  values: Partial<ProposalValues & ProposalDecisionValues>,
): Promise<{ version: number } | undefined> {
  return db
    .updateTable('proposals')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export async function listProposerIds(db: Database, proposalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('proposalProposers')
    .select('organizationId')
    .where('proposalId', '=', proposalId)
    .execute();
  return rows.map((r) => r.organizationId);
}

export async function listMeetingIds(db: Database, proposalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('proposalMeetings')
    .select('meetingId')
    .where('proposalId', '=', proposalId)
    .execute();
  return rows.map((r) => r.meetingId);
}

export async function addProposers(db: Database, proposalId: string, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return;
  await db
    .insertInto('proposalProposers')
    .values(organizationIds.map((organizationId) => ({ proposalId, organizationId })))
    .execute();
}

export async function removeProposers(db: Database, proposalId: string, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return;
  await db
    .deleteFrom('proposalProposers')
    .where('proposalId', '=', proposalId)
    .where('organizationId', 'in', [...organizationIds])
    .execute();
}

export async function addMeetings(db: Database, proposalId: string, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return;
  await db
    .insertInto('proposalMeetings')
    .values(meetingIds.map((meetingId) => ({ proposalId, meetingId })))
    .execute();
}

export async function removeMeetings(db: Database, proposalId: string, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return;
  await db
    .deleteFrom('proposalMeetings')
    .where('proposalId', '=', proposalId)
    .where('meetingId', 'in', [...meetingIds])
    .execute();
}

/** The meetings where the proposal was raised, earliest first. */
export async function listProposalMeetings(db: Database, proposalId: string) {
  const rows = await db
    .selectFrom('proposalMeetings as pm')
    .innerJoin('meetings as m', 'm.id', 'pm.meetingId')
    .select(['m.id', 'm.title', 'm.startsAt'])
    .where('pm.proposalId', '=', proposalId)
    .orderBy('m.startsAt')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, startsAt: r.startsAt.toISOString() }));
}
