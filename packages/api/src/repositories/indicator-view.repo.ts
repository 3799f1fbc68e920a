import type { Database } from '@tindak/db';
import type { IndicatorWork } from '@tindak/shared';
import { sql } from 'kysely';
import { regionWithin } from './indicator-value.repo';
import { actionItemVisible, commitmentVisible } from './scope';

/** Work still to do: action items not yet done, cancelled or drafted; commitments still running. */
const openItemStatuses = ['open', 'in_progress', 'awaiting_verification', 'blocked'];
const openCommitmentStatuses = ['open', 'in_progress'];

const visibleItem = (scope: string | null) => (scope === null ? sql`true` : actionItemVisible('ai', scope));
const visibleCommitment = (scope: string | null) =>
  scope === null ? sql`true` : commitmentVisible('c', scope);

/**
 * An action item moves the region it names, or its own (its owner office's) when it names none;
 * a commitment only the region it names.
 */
const itemRegion = sql`coalesce(ai.indicator_region_code, ai.region_code)`;

/** Open action items and commitments in scope per indicator and region, keyed `indicatorId|regionCode`. */
export async function countOpenWork(
  db: Database,
  indicatorIds: readonly string[],
  scope: string | null,
): Promise<Map<string, number>> {
  if (indicatorIds.length === 0) return new Map();
  const ids = [...indicatorIds];
  const { rows } = await sql<{ indicatorId: string; regionCode: string; n: number }>`
    select indicator_id as "indicatorId", region_code as "regionCode", count(*)::int as n from (
      select ai.indicator_id, ${itemRegion} as region_code from action_items ai
        where ai.indicator_id = any(${ids}::uuid[]) and ai.status = any(${openItemStatuses}::text[])
          and ${visibleItem(scope)}
      union all
      select c.indicator_id, c.indicator_region_code from commitments c
        where c.indicator_id = any(${ids}::uuid[]) and c.status = any(${openCommitmentStatuses}::text[])
          and ${visibleCommitment(scope)}
    ) w where region_code is not null group by 1, 2`.execute(db);
  return new Map(rows.map((row) => [`${row.indicatorId}|${row.regionCode}`, row.n]));
}

/** The action items (drafts aside) and commitments in scope meant to move this indicator in this region. */
export async function listWork(
  db: Database,
  indicatorId: string,
  regionCode: string,
  scope: string | null,
): Promise<IndicatorWork[]> {
  const { rows } = await sql<IndicatorWork>`
    select * from (
      select 'actionItem' as kind, ai.id, ai.title, ai.status, to_char(ai.due_on, 'YYYY-MM-DD') as "dueOn",
          o.name as "ownerOffice"
        from action_items ai join organizations o on o.id = ai.owner_organization_id
        where ai.indicator_id = ${indicatorId} and ${itemRegion} = ${regionCode} and ai.status <> 'draft'
          and ${visibleItem(scope)}
      union all
      select 'commitment', c.id, c.title, c.status, to_char(c.due_on, 'YYYY-MM-DD'), o.name
        from commitments c left join organizations o on o.id = c.owner_organization_id
        where c.indicator_id = ${indicatorId} and c.indicator_region_code = ${regionCode}
          and ${visibleCommitment(scope)}
    ) w order by "dueOn" nulls last, title, id`.execute(db);
  return rows;
}

/** For each indicator and region in scope, the value of the latest period that has one, and its target. */
export async function latestValues(db: Database, indicatorIds: readonly string[], scope: string | null) {
  if (indicatorIds.length === 0) return [];
  const { rows } = await sql<{
    indicatorId: string;
    regionCode: string;
    regionName: string;
    regionKind: 'province' | 'regency' | 'city';
    period: string;
    value: string | null;
    predicate: string | null;
    target: string | null;
  }>`
    select l.*, t.target from (
      select distinct on (v.indicator_id, v.region_code)
          v.indicator_id as "indicatorId", v.region_code as "regionCode", r.name as "regionName",
          r.kind as "regionKind", v.period, v.value, v.predicate
        from indicator_values v join regions r on r.code = v.region_code
        where v.indicator_id = any(${[...indicatorIds]}::uuid[]) and ${regionWithin('v.region_code', scope)}
        order by v.indicator_id, v.region_code, v.period desc
    ) l left join indicator_targets t
      on t.indicator_id = l."indicatorId" and t.region_code = l."regionCode" and t.period = l.period`.execute(
    db,
  );
  return rows;
}

/** IndicatorValueRecorded events of one indicator, region and period, newest first, with who recorded them. */
export function listValueEvents(
  db: Database,
  key: { indicatorId: string; regionCode: string; period: string },
) {
  return db
    .selectFrom('events as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .select(['e.id', 'e.occurredAt', 'u.displayName as actorName', 'e.payload'])
    .where('e.aggregateType', '=', 'indicator')
    .where('e.aggregateId', '=', key.indicatorId)
    .where('e.eventType', '=', 'IndicatorValueRecorded')
    .where(sql<boolean>`e.payload->>'regionCode' = ${key.regionCode}`)
    .where(sql<boolean>`e.payload->>'period' = ${key.period}`)
    .orderBy('e.id', 'desc')
    .limit(200)
    .execute();
}

/** id -> title of the meetings and action items a value's sources name. */
export async function sourceTitles(db: Database, meetingIds: string[], actionItemIds: string[]) {
  const meetings = meetingIds.length
    ? await db.selectFrom('meetings').select(['id', 'title']).where('id', 'in', meetingIds).execute()
    : [];
  const items = actionItemIds.length
    ? await db.selectFrom('actionItems').select(['id', 'title']).where('id', 'in', actionItemIds).execute()
    : [];
  return {
    meetings: new Map(meetings.map((m) => [m.id, m.title])),
    actionItems: new Map(items.map((i) => [i.id, i.title])),
  };
}

/** The action item an evidence belongs to. */
export async function findEvidenceItem(db: Database, evidenceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('actionItemEvidence')
    .select('actionItemId')
    .where('id', '=', evidenceId)
    .executeTakeFirst();
  return row?.actionItemId;
}
