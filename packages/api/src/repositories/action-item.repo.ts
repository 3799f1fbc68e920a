import type { Database } from '@tindak/db';
import {
  type ActionItemPriority,
  type ActionItemStatus,
  type ActionItemSummary,
  AT_RISK_DAYS,
  AT_RISK_LAG,
  actionItemStatusMachine,
  DEFAULT_TIME_ZONE,
  finalStatuses,
  type Health,
  regionInScope,
} from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { createdAtKey } from './created-keyset';
import { inRegion, inRegionRaw } from './region-filter';
import { actionItemVisible } from './scope';
import { statusList } from './status-sql';

/**
 * Health computed in SQL, the same rule as `actionItemHealth` in @tindak/shared (a test holds the
 * two together), so lists can filter and summaries can count by it without loading every row.
 */
export function healthSql(today: string, alias = 'ai') {
  const ai = sql.raw(alias);
  const createdOn = sql`(${ai}.created_at at time zone ${DEFAULT_TIME_ZONE})::date`;
  const window = sql`greatest(1, ${ai}.due_on - ${createdOn})`;
  const daysLeft = sql`(${ai}.due_on - ${today}::date)`;
  return sql<Health | null>`case
    when ${ai}.status in ${statusList(finalStatuses(actionItemStatusMachine))} then null
    when ${daysLeft} < 0 then 'overdue'
    when ${ai}.status = 'blocked' or ${daysLeft} <= ${AT_RISK_DAYS} then 'at_risk'
    when (${window} - ${daysLeft})::numeric / ${window} - ${ai}.progress / 100.0 > ${AT_RISK_LAG} then 'at_risk'
    else 'on_track' end`;
}

export interface ActionItemFilter {
  /** The caller's scope region; null or undefined: everything. */
  scopeRegion?: string | null;
  status?: ActionItemStatus[] | undefined;
  health?: Health | undefined;
  ownerOrganizationId?: string | undefined;
  ownerPersonId?: string | undefined;
  regionCode?: string | undefined;
  meetingId?: string | undefined;
  proposalId?: string | undefined;
  commitmentId?: string | undefined;
  directiveId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  overdueOnly?: boolean | undefined;
  /**
   * Drafts (of the one meeting filtered on) are listed only when the caller may read them; every
   * other list leaves them out.
   */
  includeDrafts?: boolean | undefined;
}

export type ActionItemCursor =
  | { sort: 'due'; dueOn: string; id: string }
  | { sort: 'newest'; createdAt: string; id: string };

function selectSummaries(db: Database, today: string) {
  return db
    .selectFrom('actionItems as ai')
    .innerJoin('organizations as oo', 'oo.id', 'ai.ownerOrganizationId')
    .leftJoin('people as op', 'op.id', 'ai.ownerPersonId')
    .leftJoin('regions as r', 'r.code', 'ai.regionCode')
    .leftJoin('meetings as m', 'm.id', 'ai.meetingId')
    .leftJoin('directives as d', 'd.id', 'ai.directiveId')
    .select([
      'ai.id',
      'ai.title',
      'ai.status',
      'ai.priority',
      'ai.progress',
      sql<string>`to_char(ai.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      'ai.version',
      'ai.createdAt',
      'oo.id as ownerOrgId',
      'oo.name as ownerOrgName',
      'op.id as ownerPersonId',
      'op.fullName as ownerPersonName',
      'r.code as regionCode',
      'r.name as regionName',
      'm.id as meetingId',
      'm.title as meetingTitle',
      'd.id as directiveId',
      'd.title as directiveTitle',
      healthSql(today).as('health'),
      createdAtKey('ai.created_at').as('createdKey'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function toSummary(row: SummaryRow): ActionItemSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    health: row.health,
    priority: row.priority,
    progress: row.progress,
    dueOn: row.dueOn,
    ownerOrganization: { id: row.ownerOrgId, name: row.ownerOrgName },
    ownerPerson:
      row.ownerPersonId && row.ownerPersonName ? { id: row.ownerPersonId, name: row.ownerPersonName } : null,
    region: row.regionCode && row.regionName ? { code: row.regionCode, name: row.regionName } : null,
    // As stored; the service shows it as outside the reader's region when they may not read it.
    meeting:
      row.meetingId && row.meetingTitle
        ? { id: row.meetingId, title: row.meetingTitle, outsideScope: false }
        : null,
    directive:
      row.directiveId && row.directiveTitle ? { id: row.directiveId, title: row.directiveTitle } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listActionItems(
  db: Database,
  filter: ActionItemFilter,
  sort: 'due' | 'newest',
  cursor: ActionItemCursor | null,
  limit: number,
  today: string,
  /** One row per directive: its first matching item in list order (see `firstOfDirective`). */
  groupDirectives = false,
): Promise<{ item: ActionItemSummary; createdKey: string }[]> {
  let query = selectSummaries(db, today).limit(limit + 1);
  query =
    sort === 'due'
      ? query.orderBy('ai.dueOn', 'asc').orderBy('ai.id', 'asc')
      : query.orderBy('ai.createdAt', 'desc').orderBy('ai.id', 'desc');
  const matches = await itemFilter(db, filter, today);
  for (const condition of matches('ai')) query = query.where(condition);
  if (groupDirectives) query = query.where(firstOfDirective(matches, sort));
  if (cursor?.sort === 'due') {
    query = query.where(sql<boolean>`(ai.due_on, ai.id) > (${cursor.dueOn}::date, ${cursor.id}::uuid)`);
  } else if (cursor?.sort === 'newest') {
    query = query.where(
      sql<boolean>`(ai.created_at, ai.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  return (await query.execute()).map((row) => ({ item: toSummary(row), createdKey: row.createdKey }));
}

/** A list's filter as SQL conditions on any alias of action_items (the list's rows, their siblings). */
export type ItemConditions = (alias: string) => RawBuilder<boolean>[];

/** The conditions a list's filter puts on each item (everything but the page's cursor). */
export async function itemFilter(
  db: Database,
  filter: ActionItemFilter,
  today: string,
): Promise<ItemConditions> {
  // A region filter inside the reader's scope implies the scope. Written both ways, PostgreSQL
  // multiplies their selectivities, expects a few dozen of a regency's thousands of open items,
  // and joins and sorts them all instead of reading its index in deadline order.
  const scopeImplied = !!filter.regionCode && regionInScope(filter.scopeRegion ?? null, filter.regionCode);
  const regionCondition = filter.regionCode ? await listRegionCondition(db, filter.regionCode) : null;
  return (alias) => {
    const ai = sql.raw(alias);
    const conditions: RawBuilder<boolean>[] = [];
    if (filter.scopeRegion && !scopeImplied) conditions.push(actionItemVisible(alias, filter.scopeRegion));
    if (filter.status?.length) conditions.push(sql<boolean>`${ai}.status in (${sql.join(filter.status)})`);
    if (!filter.includeDrafts) conditions.push(sql<boolean>`${ai}.status <> ${'draft'}`);
    if (filter.health) conditions.push(sql<boolean>`${healthSql(today, alias)} = ${filter.health}`);
    if (filter.overdueOnly) {
      conditions.push(
        sql<boolean>`${ai}.due_on < ${today}::date and ${ai}.status not in ${statusList(finalStatuses(actionItemStatusMachine))}`,
      );
    }
    if (filter.ownerOrganizationId)
      conditions.push(sql<boolean>`${ai}.owner_organization_id = ${filter.ownerOrganizationId}`);
    if (filter.ownerPersonId) conditions.push(sql<boolean>`${ai}.owner_person_id = ${filter.ownerPersonId}`);
    if (regionCondition) conditions.push(regionCondition(alias));
    if (filter.meetingId) conditions.push(sql<boolean>`${ai}.meeting_id = ${filter.meetingId}`);
    if (filter.proposalId) conditions.push(sql<boolean>`${ai}.proposal_id = ${filter.proposalId}`);
    if (filter.commitmentId) conditions.push(sql<boolean>`${ai}.commitment_id = ${filter.commitmentId}`);
    if (filter.directiveId) conditions.push(sql<boolean>`${ai}.directive_id = ${filter.directiveId}`);
    if (filter.dueFrom) conditions.push(sql<boolean>`${ai}.due_on >= ${filter.dueFrom}::date`);
    if (filter.dueTo) conditions.push(sql<boolean>`${ai}.due_on <= ${filter.dueTo}::date`);
    return conditions;
  };
}

/**
 * The item that stands for its directive in a grouped list: no other item of the same directive that
 * matches the filter comes before it in the list's order. Decided from the filter alone, never the
 * cursor, so each directive lands on exactly one page at one place and keyset paging stays as it is
 * (the cursor is that item's key). Items of no directive pass untouched (a null directive_id equals
 * nothing). Written without `directive_id is null or …`: with the OR, PostgreSQL priced the lookup
 * for every row and gave up its hash joins and parallel scans (the newest-first list went from 1 s
 * to 5.6 s on 300,000 items); as a plain NOT EXISTS it is one anti-join against the directives'
 * items, a few ms at most, and the deadline order still walks its index.
 */
function firstOfDirective(matches: ItemConditions, sort: 'due' | 'newest') {
  const before =
    sort === 'due'
      ? sql<boolean>`(x.due_on, x.id) < (ai.due_on, ai.id)`
      : sql<boolean>`(x.created_at, x.id) > (ai.created_at, ai.id)`;
  return sql<boolean>`not exists (
    select 1 from action_items x where x.directive_id = ai.directive_id and ${before}
    and ${sql.join([sql`true`, ...matches('x')], sql` and `)})`;
}

/**
 * A list's region filter. A region with no regions beneath it (a regency or city) is matched by
 * equality, so the open-items index on (region, deadline, id) hands its rows in list order and a
 * page is its first rows. As a range, PostgreSQL cannot tell that it holds one code; expecting the
 * region's items to be spread evenly over the deadlines, it walked the national deadline index
 * instead, and for a regency whose deadlines start later than the country's that was 32,000
 * entries for a page of 50 (docs/benchmarks.md).
 */
async function listRegionCondition(db: Database, code: string) {
  const beneath = await db
    .selectFrom('regions')
    .select('code')
    .where(inRegion('code', code))
    .where('code', '<>', code)
    .limit(1)
    .executeTakeFirst();
  return (alias: string) =>
    beneath
      ? inRegionRaw(`${alias}.region_code`, code)
      : sql<boolean>`${sql.raw(alias)}.region_code = ${code}`;
}

export async function findActionItemSummary(db: Database, id: string, today: string) {
  const row = await selectSummaries(db, today).where('ai.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

/** The row as stored, locked for the rest of the transaction so concurrent changes queue up. */
export async function lockActionItem(db: Database, id: string) {
  return db
    .selectFrom('actionItems')
    .selectAll()
    .select(sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOnText'))
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
export type ActionItemRow = NonNullable<Awaited<ReturnType<typeof lockActionItem>>>;

export async function findActionItemIdByKey(db: Database, key: string) {
  const row = await db
    .selectFrom('actionItems')
    .select('id')
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export interface NewActionItem {
  title: string;
  description: string | null;
  meetingId: string | null;
  proposalId: string | null;
  commitmentId: string | null;
  ownerOrganizationId: string;
  ownerPersonId: string | null;
  assignedByPersonId: string | null;
  regionCode: string | null;
  dueOn: string;
  priority: ActionItemPriority;
  idempotencyKey: string | null;
  /** The indicator and region it is meant to move (issue 18). */
  indicatorId?: string | null;
  indicatorRegionCode?: string | null;
  /** 'draft' for the secretariat's drafts; otherwise the column's default, open. */
  status?: 'draft';
  /** The directive it is one office's share of, and that office (issue 19). */
  directiveId?: string | null;
  directiveOfficeId?: string | null;
}

export async function insertActionItem(db: Database, values: NewActionItem): Promise<string> {
  const row = await db.insertInto('actionItems').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export type ActionItemChanges = Partial<{
  title: string;
  description: string | null;
  ownerOrganizationId: string;
  ownerPersonId: string | null;
  regionCode: string | null;
  dueOn: string;
  priority: ActionItemPriority;
  status: ActionItemStatus;
  progress: number;
  completedAt: Date | null;
  assignedByPersonId: string | null;
  indicatorId: string | null;
  indicatorRegionCode: string | null;
}>;

/** Applies changes and bumps the version, if the row is still at `version`. */
export async function updateActionItem(
  db: Database,
  id: string,
  version: number,
  changes: ActionItemChanges,
) {
  return db
    .updateTable('actionItems')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

/** What an item's record page shows beyond its summary: description, sources, assigner, dates. */
export function findActionItemDetail(db: Database, id: string) {
  return db
    .selectFrom('actionItems as ai')
    .leftJoin('proposals as p', 'p.id', 'ai.proposalId')
    .leftJoin('commitments as c', 'c.id', 'ai.commitmentId')
    .leftJoin('people as ab', 'ab.id', 'ai.assignedByPersonId')
    .select([
      'ai.description',
      'ai.completedAt',
      'ai.updatedAt',
      'ai.indicatorId',
      'ai.indicatorRegionCode',
      'p.id as proposalId',
      'p.title as proposalTitle',
      'c.id as commitmentId',
      'c.title as commitmentTitle',
      'ab.id as assignedById',
      'ab.fullName as assignedByName',
    ])
    .where('ai.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** Counts by status and health, grouped by the owner's region or office. */
export async function summarizeActionItems(
  db: Database,
  groupBy: 'region' | 'office',
  regionCode: string | undefined,
  today: string,
  scopeRegion: string | null = null,
) {
  let items = db
    .selectFrom('actionItems as ai')
    .innerJoin('organizations as oo', 'oo.id', 'ai.ownerOrganizationId')
    .innerJoin('regions as r', 'r.code', 'ai.regionCode')
    .select([
      groupBy === 'region' ? sql<string>`r.code`.as('key') : sql<string>`oo.id::text`.as('key'),
      groupBy === 'region' ? sql<string>`r.name`.as('name') : sql<string>`oo.name`.as('name'),
      'ai.status',
      healthSql(today).as('health'),
    ]);
  // Drafts are not yet anyone's work: no count includes them.
  items = items.where('ai.status', '<>', 'draft');
  if (regionCode) items = items.where(inRegion('ai.region_code', regionCode));
  if (scopeRegion) items = items.where(actionItemVisible('ai', scopeRegion));
  // Health is an expression with parameters, so group over a derived table rather than repeat it.
  return db
    .selectFrom(items.as('x'))
    .select(['x.key', 'x.name', 'x.status', 'x.health', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['x.key', 'x.name', 'x.status', 'x.health'])
    .execute();
}
