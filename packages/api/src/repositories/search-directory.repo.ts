import type { Database } from '@tindak/db';
import { personNameKey, type SearchHit } from '@tindak/shared';
import { sql } from 'kysely';

/**
 * People whose name key contains the search's, as the people directory matches names
 * (`personNameKey`: no case, accents, apostrophes, spaces or titles; the trigram index on
 * name_key serves it). Those whose name starts so come first. Merged duplicates are left out:
 * their records live with the person kept.
 */
export async function searchPeopleByName(db: Database, q: string, limit: number): Promise<SearchHit[]> {
  const key = personNameKey(q);
  if (!key) return [];
  const rows = await sql<{ id: string; title: string; position: string | null; office: string | null }>`
    select p.id, p.full_name as title, p.position, o.name as office
    from people p left join organizations o on o.id = p.organization_id
    where p.name_key like ${`%${key}%`} and p.merged_into is null
    order by (p.name_key like ${`${key}%`}) desc, p.full_name, p.id
    limit ${limit}`.execute(db);
  return rows.rows.map((row) => ({
    kind: 'person',
    id: row.id,
    title: row.title,
    snippet: row.position ?? '',
    status: 'active',
    date: null,
    office: row.office,
  }));
}

/**
 * Offices whose name or short name contains the search, as the offices directory matches them
 * (no case, no accents). A national directory holds a few thousand offices: a scan of that many
 * short rows is a few ms. Merged offices are left out; inactive ones show as such.
 */
export async function searchOfficesByName(db: Database, q: string, limit: number): Promise<SearchHit[]> {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await sql<{
    id: string;
    title: string;
    shortName: string | null;
    region: string | null;
    active: boolean;
  }>`
    select o.id, o.name as title, o.short_name as "shortName", r.name as region, o.active
    from organizations o left join regions r on r.code = o.region_code
    where o.merged_into is null
      and (tindak_search_text(o.name) like tindak_search_text(${`%${escaped}%`})
        or tindak_search_text(coalesce(o.short_name, '')) like tindak_search_text(${`%${escaped}%`}))
    order by o.active desc, (tindak_search_text(o.name) like tindak_search_text(${`${escaped}%`})) desc, o.name, o.id
    limit ${limit}`.execute(db);
  return rows.rows.map((row) => ({
    kind: 'office',
    id: row.id,
    title: row.title,
    snippet: row.shortName ?? '',
    status: row.active ? 'active' : 'inactive',
    date: null,
    office: row.region,
  }));
}
