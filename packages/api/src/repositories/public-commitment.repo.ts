import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { runningCommitmentStatuses } from './commitment.repo';
import { inRegion } from './region-filter';

/**
 * Reads for the public transparency page. Only `is_public` commitments, and only columns that name
 * offices and regions: no people are joined at all, and evidence (free text written at fulfilment,
 * often naming who delivered) is left out.
 */

export async function findProvince(db: Database, code: string) {
  return db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('kind', '=', 'province')
    .executeTakeFirst();
}

/**
 * Public commitments that concern a province: for a region within it, or made or followed up by an
 * office in it. Newest first, at most `limit + 1` rows so the caller knows whether more exist.
 */
export async function listPublicCommitments(
  db: Database,
  provinceCode: string,
  today: string,
  timeZone: string,
  limit: number,
) {
  const rows = await db
    .selectFrom('commitments as c')
    .innerJoin('organizations as party', 'party.id', 'c.committedByOrganizationId')
    .leftJoin('organizations as ownerOrg', 'ownerOrg.id', 'c.ownerOrganizationId')
    .where('c.isPublic', '=', true)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('commitmentRegions as pr')
            .select(sql`1`.as('one'))
            .whereRef('pr.commitmentId', '=', 'c.id')
            .where(inRegion('pr.region_code', provinceCode)),
        ),
        inRegion('party.region_code', provinceCode),
        inRegion('ownerOrg.region_code', provinceCode),
      ]),
    )
    .select((eb) => [
      'c.id',
      'c.title',
      'c.description',
      'c.status',
      'party.name as committedBy',
      'ownerOrg.name as followedUpBy',
      sql<string | null>`to_char(c.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      sql<boolean>`(c.due_on < ${today}::date and c.status in (${sql.join(runningCommitmentStatuses)}))`.as(
        'isOverdue',
      ),
      sql<string>`to_char(c.created_at at time zone ${timeZone}, 'YYYY-MM-DD')`.as('createdOn'),
      jsonArrayFrom(
        eb
          .selectFrom('commitmentRegions as cr')
          .innerJoin('regions as r', 'r.code', 'cr.regionCode')
          .select(['r.code', 'r.name'])
          .whereRef('cr.commitmentId', '=', 'c.id')
          .orderBy('r.code'),
      ).as('regions'),
    ])
    .orderBy('c.createdAt', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit + 1)
    .execute();
  return rows.map((row) => ({
    ...row,
    status: row.status,
    isOverdue: row.isOverdue === true,
  }));
}

/** Provinces with at least one public commitment by the same rule as above, with how many. One query. */
export async function listPublicProvinces(db: Database) {
  const result = await sql<{ code: string; name: string; commitments: number }>`
    with touched as (
      select c.id, cr.region_code as code
        from commitments c join commitment_regions cr on cr.commitment_id = c.id
       where c.is_public
      union
      select c.id, o.region_code
        from commitments c
        join organizations o on o.id in (c.committed_by_organization_id, c.owner_organization_id)
       where c.is_public and o.region_code is not null
    )
    select p.code, p.name, count(distinct t.id)::int as commitments
      from touched t
      join regions p on p.code = split_part(t.code, '.', 1) and p.kind = 'province'
     group by p.code, p.name
     order by p.name, p.code`.execute(db);
  return result.rows;
}
