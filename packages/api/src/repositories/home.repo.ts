import type { Database } from '@tindak/db';
import type { HomeRegions, RecordKind } from '@tindak/shared';
import { sql } from 'kysely';

/**
 * The regions of the office(s) a record belongs to (see `HomeRegions` in @tindak/shared): who may
 * change it is decided from these, never from who may read it.
 */
const homeQueries = {
  /** The host office (penyelenggara). */
  meeting: (id: string) => sql<{ regionCode: string | null }>`
    select o.region_code from meetings m join organizations o on o.id = m.host_organization_id
    where m.id = ${id}::uuid`,
  /** The hosts of the meetings it was raised in; its proposers' offices when it has no meeting. */
  proposal: (id: string) => sql<{ regionCode: string | null }>`
    select o.region_code from proposal_meetings pm
      join meetings m on m.id = pm.meeting_id join organizations o on o.id = m.host_organization_id
      where pm.proposal_id = ${id}::uuid
    union all
    select o.region_code from proposal_proposers pp join organizations o on o.id = pp.organization_id
      where pp.proposal_id = ${id}::uuid
        and not exists (select 1 from proposal_meetings pm where pm.proposal_id = ${id}::uuid)`,
  /** The host of its meeting; else the office tracking it; else the office that made it. */
  commitment: (id: string) => sql<{ regionCode: string | null }>`
    select coalesce(
      (select o.region_code from meetings m join organizations o on o.id = m.host_organization_id
        where m.id = c.meeting_id),
      case when c.meeting_id is null then
        (select o.region_code from organizations o
          where o.id = coalesce(c.owner_organization_id, c.committed_by_organization_id))
      end) as region_code
    from commitments c where c.id = ${id}::uuid`,
} as const satisfies Record<RecordKind, unknown>;

/** The home regions of one record; empty when it does not exist. */
export async function findHomeRegions(db: Database, kind: RecordKind, id: string): Promise<HomeRegions> {
  const { rows } = await homeQueries[kind](id).execute(db);
  return rows.map((row) => row.regionCode);
}
