import type { Database } from '@tindak/db';
import {
  type ActionItemPriority,
  type ActionItemStatus,
  actionItemStatusMachine,
  type DirectiveStatus,
  finalStatuses,
  type Health,
} from '@tindak/shared';
import { sql } from 'kysely';
import { healthSql } from './action-item.repo';
import { afterCreatedCursor, type CreatedCursor, createdAtKey } from './created-keyset';
import { inRegion, inRegionRaw } from './region-filter';
import { statusList } from './status-sql';

/**
 * A directive is seen by whoever sees its issuing office's region, or any of its items (an item is
 * seen where its owning office is: see `actionItemVisible`).
 */
export function directiveVisible(alias: string, region: string) {
  return sql<boolean>`(
    ${inRegionRaw(`${alias}.region_code`, region)}
    or exists (select 1 from action_items sai where sai.directive_id = ${sql.raw(alias)}.id
      and ${inRegionRaw('sai.region_code', region)})
  )`;
}

export async function isDirectiveVisible(db: Database, id: string, region: string | null) {
  const condition = region === null ? sql`true` : directiveVisible('d', region);
  const result = await sql<{ ok: boolean }>`
    select exists (select 1 from directives d where d.id = ${id}::uuid and ${condition}) as ok`.execute(db);
  return result.rows[0]?.ok === true;
}

export async function findDirectiveIdByKey(db: Database, key: string) {
  const row = await db
    .selectFrom('directives')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export interface NewDirective {
  title: string;
  instruction: string | null;
  meetingId: string | null;
  issuedByOrganizationId: string;
  issuedByPersonId: string | null;
  regionCode: string | null;
  dueOn: string;
  priority: ActionItemPriority;
  idempotencyKey: string | null;
}

export async function insertDirective(db: Database, values: NewDirective): Promise<string> {
  const row = await db.insertInto('directives').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The directive as stored, locked for the rest of the transaction. Its items are locked first (in
 * id order), the order an item's own change takes them in (item, then its directive, to close it),
 * so a directive-wide change and an item change queue up instead of deadlocking.
 */
export async function lockDirective(db: Database, id: string) {
  await db
    .selectFrom('actionItems')
    .select('id')
    .where('directiveId', '=', id)
    .orderBy('id')
    .forUpdate()
    .execute();
  return lockDirectiveRow(db, id);
}
export type DirectiveRow = NonNullable<Awaited<ReturnType<typeof lockDirective>>>;

/**
 * The directive row alone, locked: what an item's change takes after its own item (never the other
 * items, which another item's change may hold while it waits for this row).
 */
export function lockDirectiveRow(db: Database, id: string) {
  return db
    .selectFrom('directives')
    .selectAll()
    .select(sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOnText'))
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type DirectiveChanges = Partial<{
  title: string;
  instruction: string | null;
  dueOn: string;
  priority: ActionItemPriority;
  status: DirectiveStatus;
  closedAt: Date | null;
}>;

export async function updateDirective(db: Database, id: string, version: number, changes: DirectiveChanges) {
  await db
    .updateTable('directives')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
}

/** The ids of the directive's items and the offices they were handed to. */
export function listDirectiveItemIds(db: Database, directiveId: string) {
  return db
    .selectFrom('actionItems')
    .select(['id', 'directiveOfficeId', 'status', sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOnText')])
    .where('directiveId', '=', directiveId)
    .orderBy('id')
    .execute();
}

/** Whether every item of the directive is done or cancelled (a directive with none is not). */
export async function allItemsSettled(db: Database, directiveId: string): Promise<boolean> {
  const result = await sql<{ open: number; total: number }>`
    select count(*) filter (where status not in ${statusList(finalStatuses(actionItemStatusMachine))})::int as open,
      count(*)::int as total
    from action_items where directive_id = ${directiveId}::uuid`.execute(db);
  const row = result.rows[0];
  return !!row && row.total > 0 && row.open === 0;
}

/** Offices as a directive needs them: where they are, and whether they still take work. */
export function findOfficesForDirective(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'regionCode', 'active', 'mergedInto'])
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * "Semua kabupaten/kota": the active Diskominfo office of each regency and city of the province
 * (the oldest, should a region have two), in region order.
 */
export async function findRegencyOffices(db: Database, provinceCode: string) {
  const result = await sql<{ id: string; regionCode: string }>`
    select distinct on (o.region_code) o.id, o.region_code as "regionCode"
    from organizations o join regions r on r.code = o.region_code
    where r.parent_code = ${provinceCode} and r.kind in ('regency', 'city')
      and o.kind = 'diskominfo' and o.active and o.merged_into is null
    order by o.region_code, o.created_at, o.id`.execute(db);
  return result.rows;
}

/** The directives' headers with the names they show. */
export function findDirectiveHeaders(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('directives as d')
    .innerJoin('organizations as io', 'io.id', 'd.issuedByOrganizationId')
    .leftJoin('people as ip', 'ip.id', 'd.issuedByPersonId')
    .leftJoin('regions as r', 'r.code', 'd.regionCode')
    .leftJoin('meetings as m', 'm.id', 'd.meetingId')
    .select([
      'd.id',
      'd.title',
      'd.instruction',
      'd.status',
      'd.priority',
      sql<string>`to_char(d.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      'd.closedAt',
      'd.version',
      'd.createdAt',
      'd.updatedAt',
      'd.regionCode',
      'r.name as regionName',
      'io.id as issuerId',
      'io.name as issuerName',
      'ip.id as issuerPersonId',
      'ip.fullName as issuerPersonName',
      'm.id as meetingId',
      'm.title as meetingTitle',
    ])
    .where('d.id', 'in', [...ids])
    .execute();
}
export type DirectiveHeaderRow = Awaited<ReturnType<typeof findDirectiveHeaders>>[number];

export interface DirectiveItemRow {
  itemId: string;
  directiveId: string;
  officeId: string;
  officeName: string;
  officeRegionCode: string | null;
  officeRegionName: string | null;
  /** Set on the row a merge left behind (see `organization-merge.repo.ts`): not shown. */
  officeMergedInto: string | null;
  ownerOrganizationId: string;
  ownerOrganizationName: string;
  ownerPersonId: string | null;
  ownerPersonName: string | null;
  regionCode: string | null;
  status: ActionItemStatus;
  health: Health | null;
  progress: number;
  dueOn: string;
  updatedAt: Date;
  version: number;
}

/**
 * The items of these directives, one per office, with where each stands today. `region` (the
 * reader's scope) keeps only the items the reader sees; null: all of them.
 */
export async function listDirectiveItems(
  db: Database,
  directiveIds: readonly string[],
  region: string | null,
  today: string,
): Promise<DirectiveItemRow[]> {
  if (directiveIds.length === 0) return [];
  let query = db
    .selectFrom('actionItems as ai')
    .innerJoin('organizations as o', 'o.id', 'ai.directiveOfficeId')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .innerJoin('organizations as oo', 'oo.id', 'ai.ownerOrganizationId')
    .leftJoin('people as op', 'op.id', 'ai.ownerPersonId')
    .select([
      'ai.id as itemId',
      sql<string>`ai.directive_id`.as('directiveId'),
      'o.id as officeId',
      'o.name as officeName',
      'o.regionCode as officeRegionCode',
      'r.name as officeRegionName',
      'o.mergedInto as officeMergedInto',
      'oo.id as ownerOrganizationId',
      'oo.name as ownerOrganizationName',
      'op.id as ownerPersonId',
      'op.fullName as ownerPersonName',
      'ai.regionCode',
      'ai.status',
      healthSql(today).as('health'),
      'ai.progress',
      sql<string>`to_char(ai.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      'ai.updatedAt',
      'ai.version',
    ])
    .where('ai.directiveId', 'in', [...directiveIds]);
  if (region !== null) query = query.where(inRegion('ai.regionCode', region));
  return query.orderBy('o.regionCode').orderBy('o.name').orderBy('ai.id').execute() as Promise<
    DirectiveItemRow[]
  >;
}

export interface DirectiveListFilter {
  scopeRegion: string | null;
  status?: DirectiveStatus | undefined;
  meetingId?: string | undefined;
  regionCode?: string | undefined;
}

/** Directives the reader sees, newest first, one more than `limit` to tell whether a page follows. */
export function listDirectiveRows(
  db: Database,
  filter: DirectiveListFilter,
  cursor: CreatedCursor | null,
  limit: number,
) {
  let query = db
    .selectFrom('directives as d')
    .select(['d.id', createdAtKey('d.createdAt').as('createdKey')])
    .orderBy('d.createdAt', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit + 1);
  if (filter.scopeRegion !== null) query = query.where(directiveVisible('d', filter.scopeRegion));
  if (filter.status) query = query.where('d.status', '=', filter.status);
  if (filter.meetingId) query = query.where('d.meetingId', '=', filter.meetingId);
  if (filter.regionCode) {
    const code = filter.regionCode;
    query = query.where(
      sql<boolean>`(${inRegionRaw('d.region_code', code)} or exists (select 1 from action_items fai
        join organizations fo on fo.id = fai.directive_office_id
        where fai.directive_id = d.id and ${inRegionRaw('fo.region_code', code)}))`,
    );
  }
  if (cursor) query = query.where(afterCreatedCursor('d.createdAt', 'd.id', cursor));
  return query.execute();
}
