import type { Database } from '@tindak/db';
import type { AgreementKind, AgreementStatus } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { runningCommitmentStatuses } from './commitment.repo';
import { afterCreatedCursor, type CreatedCursor, createdAtKey } from './created-keyset';
import { inRegion, inRegionRaw } from './region-filter';

/**
 * Who reads an agreement: its keeping office's region, the region it is about, or a party's region
 * lies in the reader's scope (`region`: a code matches itself and everything beneath it).
 */
export function agreementVisible(alias: string, region: string) {
  const a = sql.raw(alias);
  return sql<boolean>`(
    ${inRegionRaw(`${alias}.region_code`, region)}
    or exists (select 1 from organizations so where so.id = ${a}.owner_organization_id and ${inRegionRaw('so.region_code', region)})
    or exists (select 1 from agreement_parties sap join organizations so on so.id = sap.organization_id
      where sap.agreement_id = ${a}.id and ${inRegionRaw('so.region_code', region)})
  )`;
}

/** Whether the agreement exists AND the region reads it (null region: everything). */
export async function isAgreementVisible(db: Database, id: string, region: string | null): Promise<boolean> {
  const condition = region === null ? sql`true` : agreementVisible('x', region);
  const { rows } = await sql<{ ok: boolean }>`
    select exists (select 1 from agreements x where x.id = ${id}::uuid and ${condition}) as ok`.execute(db);
  return rows[0]?.ok === true;
}

function selectRow(db: Database) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('organizations as keeper', 'keeper.id', 'a.ownerOrganizationId')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.number',
      'a.description',
      'a.status',
      sql<string | null>`to_char(a.signed_on, 'YYYY-MM-DD')`.as('signedOn'),
      'a.signedPlace',
      sql<string | null>`to_char(a.starts_on, 'YYYY-MM-DD')`.as('startsOn'),
      sql<string | null>`to_char(a.ends_on, 'YYYY-MM-DD')`.as('endsOn'),
      'a.meetingId',
      'a.ownerOrganizationId',
      'a.regionCode',
      'a.fileId',
      'a.version',
      'a.createdAt',
      'a.updatedAt',
      'keeper.regionCode as keeperRegionCode',
    ]);
}

export async function findAgreementRow(db: Database, id: string) {
  return selectRow(db).where('a.id', '=', id).executeTakeFirst();
}

/** The row as stored, locked for the rest of the transaction so concurrent changes queue up. */
export async function lockAgreement(db: Database, id: string) {
  return selectRow(db).where('a.id', '=', id).forUpdate('a').executeTakeFirst();
}

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof findAgreementRow>>>;

export async function findAgreementIdByKey(db: Database, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('agreements')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export interface AgreementValues {
  kind: AgreementKind;
  title: string;
  number: string | null;
  description: string | null;
  meetingId: string | null;
  ownerOrganizationId: string;
  regionCode: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export async function insertAgreement(
  db: Database,
  values: AgreementValues & { idempotencyKey: string | null },
): Promise<string> {
  const row = await db.insertInto('agreements').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

type AgreementChange = Partial<
  AgreementValues & {
    status: AgreementStatus;
    signedOn: string;
    signedPlace: string;
    fileId: string | null;
  }
>;

/** Updates only when the stored version is still `version`; returns undefined otherwise. */
export async function updateAgreementIfVersion(
  db: Database,
  id: string,
  version: number,
  values: AgreementChange,
): Promise<{ version: number } | undefined> {
  return db
    .updateTable('agreements')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export interface PartyValues {
  organizationId: string;
  signatoryName: string | null;
  signatoryPosition: string | null;
}

/** The parties in order (position = index), as stored. */
export async function listPartyValues(db: Database, agreementId: string): Promise<PartyValues[]> {
  return db
    .selectFrom('agreementParties')
    .select(['organizationId', 'signatoryName', 'signatoryPosition'])
    .where('agreementId', '=', agreementId)
    .orderBy('position')
    .execute();
}

/** Rewrites the parties in the given order; their positions are unique per agreement. */
export async function replaceParties(db: Database, agreementId: string, parties: readonly PartyValues[]) {
  await db.deleteFrom('agreementParties').where('agreementId', '=', agreementId).execute();
  if (parties.length === 0) return;
  await db
    .insertInto('agreementParties')
    .values(parties.map((party, position) => ({ agreementId, position, ...party })))
    .execute();
}

export async function listScopeTexts(db: Database, agreementId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agreementScopeItems')
    .select('text')
    .where('agreementId', '=', agreementId)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.text);
}

export async function replaceScopeItems(db: Database, agreementId: string, texts: readonly string[]) {
  await db.deleteFrom('agreementScopeItems').where('agreementId', '=', agreementId).execute();
  if (texts.length === 0) return;
  await db
    .insertInto('agreementScopeItems')
    .values(texts.map((text, position) => ({ agreementId, position, text })))
    .execute();
}

/** The parties with their office's name, kind and region, in order. */
export async function listPartyDetails(db: Database, agreementId: string) {
  return db
    .selectFrom('agreementParties as p')
    .innerJoin('organizations as o', 'o.id', 'p.organizationId')
    .select([
      'p.organizationId',
      'p.position',
      'p.signatoryName',
      'p.signatoryPosition',
      'o.name',
      'o.kind',
      'o.regionCode',
    ])
    .where('p.agreementId', '=', agreementId)
    .orderBy('p.position')
    .execute();
}

function overdue(today: string) {
  return sql<boolean>`(c.due_on < ${today}::date and c.status in (${sql.join(runningCommitmentStatuses)}))`;
}

/** The commitments linked to the agreement, oldest first, with the party that made each. */
export async function listAgreementCommitments(db: Database, agreementId: string, today: string) {
  const rows = await db
    .selectFrom('commitments as c')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.committedByOrganizationId',
      sql<string | null>`to_char(c.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      overdue(today).as('isOverdue'),
    ])
    .where('c.agreementId', '=', agreementId)
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({ ...row, isOverdue: row.isOverdue === true }));
}

/** The parties of an agreement, by office id (what a linked commitment's party must be one of). */
export async function partyIdsOf(db: Database, agreementId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('agreementParties')
    .select('organizationId')
    .where('agreementId', '=', agreementId)
    .execute();
  return new Set(rows.map((row) => row.organizationId));
}

export async function findAgreementTitle(db: Database, id: string) {
  return db.selectFrom('agreements').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
}

export interface AgreementFilter {
  scopeRegion: string | null;
  /** One agreement only (its page). */
  id?: string | undefined;
  kind?: AgreementKind | undefined;
  status?: AgreementStatus | undefined;
  partyOrganizationId?: string | undefined;
  regionCode?: string | undefined;
  meetingId?: string | undefined;
  q?: string | undefined;
  /** Commitments the reader may not see are left out of the counts. */
  commitmentVisible: ((alias: string) => RawBuilder<boolean>) | null;
}

/** One page in (created_at desc, id desc) order after the cursor; reads `limit + 1` to know if more follow. */
export async function listAgreementRows(
  db: Database,
  filter: AgreementFilter,
  cursor: CreatedCursor | null,
  limit: number,
  today: string,
) {
  const countedCommitments = filter.commitmentVisible ? filter.commitmentVisible('c') : sql<boolean>`true`;
  let query = db
    .selectFrom('agreements as a')
    .innerJoin('organizations as keeper', 'keeper.id', 'a.ownerOrganizationId')
    .leftJoin('regions as r', 'r.code', 'a.regionCode')
    .leftJoin('meetings as m', 'm.id', 'a.meetingId')
    .select((eb) => [
      'a.id',
      'a.kind',
      'a.title',
      'a.number',
      'a.status',
      sql<string | null>`to_char(a.signed_on, 'YYYY-MM-DD')`.as('signedOn'),
      'a.signedPlace',
      'a.createdAt',
      createdAtKey('a.created_at').as('createdAtKey'),
      'keeper.id as keeperId',
      'keeper.name as keeperName',
      'r.code as regionCode',
      'r.name as regionName',
      'm.id as meetingId',
      'm.title as meetingTitle',
      'm.startsAt as meetingStartsAt',
      jsonArrayFrom(
        eb
          .selectFrom('agreementParties as p')
          .innerJoin('organizations as o', 'o.id', 'p.organizationId')
          .select(['o.id', 'o.name'])
          .whereRef('p.agreementId', '=', 'a.id')
          .orderBy('p.position'),
      ).as('parties'),
      sql<{ total: number; fulfilled: number; overdue: number }>`(
        select json_build_object(
          'total', count(*)::int,
          'fulfilled', (count(*) filter (where c.status = 'fulfilled'))::int,
          'overdue', (count(*) filter (where ${overdue(today)}))::int)
        from commitments c where c.agreement_id = a.id and ${countedCommitments})`.as('commitments'),
    ])
    .orderBy('a.createdAt', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit + 1);
  if (filter.scopeRegion) query = query.where(agreementVisible('a', filter.scopeRegion));
  if (filter.id) query = query.where('a.id', '=', filter.id);
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.meetingId) query = query.where('a.meetingId', '=', filter.meetingId);
  if (filter.partyOrganizationId) {
    const party = filter.partyOrganizationId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('agreementParties as fp')
          .select(sql`1`.as('one'))
          .whereRef('fp.agreementId', '=', 'a.id')
          .where('fp.organizationId', '=', party),
      ),
    );
  }
  if (filter.regionCode) {
    const code = filter.regionCode;
    query = query.where((eb) =>
      eb.or([
        inRegion('a.regionCode', code),
        eb.and([eb('a.regionCode', 'is', null), inRegion('keeper.regionCode', code)]),
      ]),
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('a.title', 'ilike', pattern),
        eb('a.number', 'ilike', pattern),
        eb('a.description', 'ilike', pattern),
      ]),
    );
  }
  if (cursor) query = query.where(afterCreatedCursor('a.created_at', 'a.id', cursor));
  return query.execute();
}

export type AgreementListRow = Awaited<ReturnType<typeof listAgreementRows>>[number];

/** Which of these agreements the region reads (null region: all that exist). */
export async function visibleAgreementIds(db: Database, ids: readonly string[], region: string | null) {
  if (ids.length === 0) return new Set<string>();
  const condition = region === null ? sql`true` : agreementVisible('x', region);
  const { rows } = await sql<{ id: string }>`
    select x.id from agreements x where x.id = any(${[...new Set(ids)]}::uuid[]) and ${condition}`.execute(
    db,
  );
  return new Set(rows.map((row) => row.id));
}

/** The agreements a file is the document of. */
export async function agreementsWithFile(db: Database, fileId: string): Promise<string[]> {
  const rows = await db.selectFrom('agreements').select('id').where('fileId', '=', fileId).execute();
  return rows.map((row) => row.id);
}

export async function findFileForAgreement(db: Database, id: string) {
  return db
    .selectFrom('files')
    .select(['id', 'fileName', 'sizeBytes', 'contentType'])
    .where('id', '=', id)
    .executeTakeFirst();
}
