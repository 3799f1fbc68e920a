import { type RawBuilder, sql } from 'kysely';

/**
 * The visibility rules of repositories/scope.ts, written as sets of ids for the weekly digest.
 * Each rule says the same thing ("made by an office in the region, for the region, or in a meeting
 * hosted by or attended from it"), but PostgreSQL reads it differently: `exists (...) or exists
 * (...)` is tested row by row (a few probes for every commitment of the week, for every reader),
 * while `x in (set)` reads the region's offices, participants and links once and hashes them.
 * `= region` and `like 'region.%'` are separate branches so each is one index range that the
 * text_pattern_ops indexes can answer from the index alone.
 */
function withinRegion(table: string, select: string, column: string, region: string) {
  return sql`select ${sql.raw(select)} from ${sql.raw(table)} where ${sql.raw(column)} = ${region}
    union all select ${sql.raw(select)} from ${sql.raw(table)} where ${sql.raw(column)} like ${`${region}.%`}`;
}

const officesIn = (region: string) => withinRegion('organizations', 'id', 'region_code', region);

/** Meetings hosted by an office in the region or with a participant from it (meetingVisible). */
const meetingsIn = (region: string) => sql`
  select sm.id from meetings sm where sm.host_organization_id in (${officesIn(region)})
  union all ${withinRegion('meeting_participants', 'meeting_id', 'region_code', region)}`;

/** commitmentVisible: for the region, owned or made by an office in it, or made in a meeting it sees. */
export function commitmentInRegion(alias: string, region: string): RawBuilder<boolean> {
  const c = sql.raw(alias);
  return sql<boolean>`(
    ${c}.id in (${withinRegion('commitment_regions', 'commitment_id', 'region_code', region)})
    or ${c}.owner_organization_id in (${officesIn(region)})
    or ${c}.committed_by_organization_id in (${officesIn(region)})
    or ${c}.meeting_id in (${meetingsIn(region)})
  )`;
}

/** proposalVisible: made by an office in the region, or raised in a meeting the region sees. */
export function proposalInRegion(alias: string, region: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(alias)}.id in (
    select spp.proposal_id from proposal_proposers spp where spp.organization_id in (${officesIn(region)})
    union all
    select spm.proposal_id from proposal_meetings spm where spm.meeting_id in (${meetingsIn(region)})
  )`;
}
