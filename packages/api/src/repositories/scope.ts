import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/**
 * What a user may see, as SQL conditions on a row alias. `region` is the user's scope region
 * (see `regionInScope` in @tindak/shared): a code matches itself and everything beneath it.
 */
const within = (column: string, region: string) =>
  sql`(${sql.raw(column)} = ${region} or ${sql.raw(column)} like ${`${region}.%`})`;

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
