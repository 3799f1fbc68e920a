import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import { inRegionRaw } from './region-filter';

/**
 * What a user may see, as SQL conditions on a row alias. `region` is the user's scope region
 * (see `regionInScope` in @tindak/shared): a code matches itself and everything beneath it.
 */
const within = inRegionRaw;

/** A meeting hosted by an office in the region, or with a participant from it. */
export function meetingVisible(alias: string, region: string) {
  return sql<boolean>`(
    exists (select 1 from organizations so where so.id = ${sql.raw(alias)}.host_organization_id and ${within('so.region_code', region)})
    or exists (select 1 from meeting_participants sp where sp.meeting_id = ${sql.raw(alias)}.id and ${within('sp.region_code', region)})
  )`;
}

/** A proposal made by an office in the region, or raised in a meeting the user sees. */
export function proposalVisible(alias: string, region: string) {
  return sql<boolean>`(
    exists (select 1 from proposal_proposers spp join organizations so on so.id = spp.organization_id
      where spp.proposal_id = ${sql.raw(alias)}.id and ${within('so.region_code', region)})
    or exists (select 1 from proposal_meetings spm join meetings sm on sm.id = spm.meeting_id
      where spm.proposal_id = ${sql.raw(alias)}.id and ${meetingVisible('sm', region)})
  )`;
}

/** A commitment for the region, owned or made by an office in it, or made in a meeting the user sees. */
export function commitmentVisible(alias: string, region: string) {
  return sql<boolean>`(
    exists (select 1 from commitment_regions scr where scr.commitment_id = ${sql.raw(alias)}.id and ${within('scr.region_code', region)})
    or exists (select 1 from organizations so where so.id in (${sql.raw(alias)}.owner_organization_id, ${sql.raw(alias)}.committed_by_organization_id)
      and ${within('so.region_code', region)})
    or exists (select 1 from meetings sm where sm.id = ${sql.raw(alias)}.meeting_id and ${meetingVisible('sm', region)})
  )`;
}

/** An action item whose owner office is in the region. */
export function actionItemVisible(alias: string, region: string) {
  return sql<boolean>`${within(`${alias}.region_code`, region)}`;
}

/*
 * The same conditions in set form, `column in (set)`, for filtering thousands of rows at once (a
 * search over the whole country's matches): PostgreSQL builds each set once from the region indexes
 * (the region's offices, the meetings it hosted or attended) and probes it per row. The correlated
 * EXISTS forms above are right for pages and single records, where the planner keeps them per row;
 * over a search's 20,000 matches it instead rebuilt the region's meetings by visiting every meeting.
 */

/** The offices in the region (a few dozen at most). */
const officesIn = (region: string) =>
  sql`select so.id from organizations so where ${within('so.region_code', region)}`;

/** The meetings the region hosted or attended: the region's share of the participants index. */
const meetingsIn = (region: string) => sql`
  select sm.id from meetings sm where sm.host_organization_id in (${officesIn(region)})
  union all select sp.meeting_id from meeting_participants sp where ${within('sp.region_code', region)}`;

/** A meeting hosted by an office in the region, or with a participant from it. */
function meetingInSet(alias: string, region: string) {
  return sql<boolean>`(
    ${sql.raw(alias)}.host_organization_id in (${officesIn(region)})
    or ${sql.raw(alias)}.id in (select sp.meeting_id from meeting_participants sp where ${within('sp.region_code', region)})
  )`;
}

/** A proposal made by an office in the region, or raised in a meeting the user sees. */
function proposalInSet(alias: string, region: string) {
  return sql<boolean>`(
    ${sql.raw(alias)}.id in (select spp.proposal_id from proposal_proposers spp
      where spp.organization_id in (${officesIn(region)}))
    or ${sql.raw(alias)}.id in (select spm.proposal_id from proposal_meetings spm
      where spm.meeting_id in (${meetingsIn(region)}))
  )`;
}

/** A commitment for the region, owned or made by an office in it, or made in a meeting the user sees. */
function commitmentInSet(alias: string, region: string) {
  return sql<boolean>`(
    ${sql.raw(alias)}.id in (select scr.commitment_id from commitment_regions scr where ${within('scr.region_code', region)})
    or ${sql.raw(alias)}.owner_organization_id in (${officesIn(region)})
    or ${sql.raw(alias)}.committed_by_organization_id in (${officesIn(region)})
    or ${sql.raw(alias)}.meeting_id in (${meetingsIn(region)})
  )`;
}

/** Visibility conditions for filtering many rows at once (see the set forms above). */
export const visibleAmongMany = {
  meeting: meetingInSet,
  proposal: proposalInSet,
  commitment: commitmentInSet,
  actionItem: actionItemVisible,
} as const;

const visibility = {
  meeting: ['meetings', meetingVisible],
  proposal: ['proposals', proposalVisible],
  commitment: ['commitments', commitmentVisible],
  actionItem: ['action_items', actionItemVisible],
} as const;

export type ScopedKind = keyof typeof visibility;

/** Whether the row exists AND is visible in the region (null region: everything). */
export async function isVisible(
  db: Database,
  kind: ScopedKind,
  id: string,
  region: string | null,
): Promise<boolean> {
  const [table, visible] = visibility[kind];
  const condition = region === null ? sql`true` : visible('x', region);
  const result = await sql<{ ok: boolean }>`
    select exists (select 1 from ${sql.table(table)} x where x.id = ${id}::uuid and ${condition}) as ok`.execute(
    db,
  );
  return result.rows[0]?.ok === true;
}

/** Which of these ids are records the region may see (null region: all that exist). */
export async function visibleAmong(
  db: Database,
  kind: ScopedKind,
  ids: readonly string[],
  region: string | null,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const [table, visible] = visibility[kind];
  const condition = region === null ? sql`true` : visible('x', region);
  const result = await sql<{ id: string }>`
    select x.id from ${sql.table(table)} x where x.id = any(${[...new Set(ids)]}::uuid[]) and ${condition}`.execute(
    db,
  );
  return new Set(result.rows.map((row) => row.id));
}
