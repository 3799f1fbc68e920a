import type { RecordSearchKind, Role } from '@tindak/shared';
import { recordSearchKinds } from '@tindak/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNationalDataset } from '../../../tests/bench/dataset';
import type { SessionUser } from '../src/context';
import { visibleAmongMany } from '../src/repositories/scope';
import { createUser, useTestApi } from './support';

/**
 * Search reads visibility from `search_documents` (scope keys kept by triggers); the rules are
 * scope.ts. On a small copy of the national data set, every record must be found by exactly the
 * regions the rules let see it, and the documents must stay equal to a fresh computation after
 * the changes that move visibility.
 */
const api = useTestApi();

const tables: Record<RecordSearchKind, string> = {
  meeting: 'meetings',
  proposal: 'proposals',
  commitment: 'commitments',
  actionItem: 'action_items',
};

/** A national viewer, Jambi's province head, Kerinci's staff, and another province (Aceh). */
const readers: { label: string; role: Role; region: string | null }[] = [
  { label: 'national viewer', role: 'viewer', region: null },
  { label: 'province head (Jambi)', role: 'head', region: '15' },
  { label: 'regency staff (Kerinci)', role: 'staff', region: '15.01' },
  { label: 'another province (Aceh)', role: 'head', region: '11' },
];

const users = new Map<string, SessionUser>();

beforeAll(async () => {
  const db = api.database.db;
  // The generator starts from an empty database; the template carries the province's regions.
  await sql`delete from regions`.execute(db);
  await generateNationalDataset(db, { scale: 0.01 });
  for (const reader of readers) {
    const office = await db
      .selectFrom('organizations')
      .select('id')
      .where(
        reader.region === null
          ? sql<boolean>`region_code is null`
          : sql<boolean>`region_code = ${reader.region}`,
      )
      .orderBy('name')
      .executeTakeFirstOrThrow();
    users.set(reader.label, await createUser(api, { role: reader.role, organizationId: office.id }));
  }
}, 300_000);

/** The ids the old rules (scope.ts) let the region see, drafts left out as search always did. */
async function visibleByRules(kind: RecordSearchKind, region: string | null): Promise<string[]> {
  const condition = region === null ? sql`true` : visibleAmongMany[kind]('x', region);
  const drafts = kind === 'actionItem' ? sql`and x.status <> 'draft'` : sql``;
  const rows = await sql<{ id: string }>`
    select x.id from ${sql.table(tables[kind])} x where ${condition} ${drafts} order by x.id`.execute(
    api.database.db,
  );
  return rows.rows.map((r) => r.id);
}

async function visibleByDocuments(kind: RecordSearchKind, region: string | null): Promise<string[]> {
  const inScope = region === null ? sql`true` : sql`scope_keys @> array[${region}::text]`;
  const rows = await sql<{ id: string }>`
    select record_id as id from search_documents where kind = ${kind} and listed and ${inScope}
    order by record_id`.execute(api.database.db);
  return rows.rows.map((r) => r.id);
}

/** Documents that differ from what the sources give now, either way (empty: all up to date). */
async function staleDocuments(): Promise<number> {
  const result = await sql<{ n: number }>`
    with fresh as (
      select * from search_meeting_sources union all select * from search_proposal_sources
      union all select * from search_commitment_sources union all select * from search_action_item_sources
    ), kept as (
      select kind, record_id, document, title_key, array(select unnest(scope_keys) order by 1) as keys, listed, sorted_at
      from search_documents
    ), wanted as (
      select kind, record_id, document, title_key, array(select unnest(scope_keys) order by 1) as keys, listed, sorted_at
      from fresh
    )
    select count(*)::int as n from ((select * from kept except select * from wanted)
      union all (select * from wanted except select * from kept)) as differences`.execute(api.database.db);
  return result.rows[0]?.n ?? -1;
}

describe('search visibility is the scope rules', () => {
  it.each(readers)('$label finds exactly the records the rules let them see', async ({ region }) => {
    for (const kind of recordSearchKinds) {
      const rules = await visibleByRules(kind, region);
      expect(await visibleByDocuments(kind, region), kind).toEqual(rules);
      // Not trivially equal: the regional readers see some, and not everything.
      if (region !== null && region !== '11') expect(rules.length, kind).toBeGreaterThan(0);
    }
  });

  it.each(readers)(
    '$label gets only hits the rules let them see, as many as match',
    async ({ label, region }) => {
      const user = users.get(label) as SessionUser;
      const result = await api.caller('id', user).search.query({ q: 'digital', limitPerKind: 50 });
      for (const kind of recordSearchKinds) {
        const visible = new Set(await visibleByRules(kind, region));
        for (const hit of result[kind]) expect(visible.has(hit.id), `${kind} ${hit.id}`).toBe(true);
        const matching = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(tables[kind])} x
        where to_tsvector('simple', tindak_search_text(x.title)) @@ to_tsquery('simple', 'digital:*')
          and x.id = any(${[...visible]}::uuid[])`.execute(api.database.db);
        // Every title match is a document match; at least those (up to the limit) are found.
        expect(result[kind].length, kind).toBeGreaterThanOrEqual(Math.min(50, matching.rows[0]?.n ?? 0));
      }
    },
  );
});

describe('search documents follow the changes that move visibility', () => {
  it('starts equal to a fresh computation', async () => {
    expect(await staleDocuments()).toBe(0);
  });

  it('after an office moves region, participants come and go, links change and items are drafted', async () => {
    const db = api.database.db;
    await db.transaction().execute(async (trx) => {
      // A Kerinci office moves to Aceh (and its items with it, as the service does).
      await sql`update organizations set region_code = '11' where id = (
        select id from organizations where region_code = '15.01' order by name limit 1)`.execute(trx);
      await sql`update action_items set region_code = '11' where owner_organization_id in (
        select id from organizations where region_code = '11')`.execute(trx);
      // Participants: some leave a meeting, an Aceh office joins another.
      await sql`delete from meeting_participants where id in (
        select id from meeting_participants where region_code like '15.%' order by id limit 40)`.execute(trx);
      await sql`insert into meeting_participants (meeting_id, guest_name, region_code)
        select id, 'Tamu Aceh', '11' from meetings order by id limit 5`.execute(trx);
      await sql`update meeting_participants set region_code = '15' where id in (
        select id from meeting_participants where region_code is distinct from '15' order by id desc limit 10)`.execute(
        trx,
      );
      // A proposal leaves its meeting; a commitment gains a region; another changes its meeting.
      await sql`delete from proposal_meetings where proposal_id = (select proposal_id from proposal_meetings order by 1 limit 1)`.execute(
        trx,
      );
      await sql`insert into commitment_regions (commitment_id, region_code)
        select id, '11' from commitments c where not exists (
          select 1 from commitment_regions cr where cr.commitment_id = c.id and cr.region_code = '11')
        order by id limit 3`.execute(trx);
      await sql`update commitments set meeting_id = (select id from meetings order by id desc limit 1)
        where id = (select id from commitments where meeting_id is not null order by id limit 1)`.execute(
        trx,
      );
      // An item goes back to draft (no longer listed), another is retitled.
      await sql`update action_items set status = 'draft' where id = (select id from action_items order by id limit 1)`.execute(
        trx,
      );
      await sql`update action_items set title = 'Pemutakhiran zonasi sinyal'
        where id = (select id from action_items order by id desc limit 1)`.execute(trx);
    });
    expect(await staleDocuments()).toBe(0);
    const found = await api.caller().search.query({ q: 'zonasi sinyal' });
    expect(found.actionItem.map((hit) => hit.title)).toEqual(['Pemutakhiran zonasi sinyal']);
  });

  it('after records are deleted, their documents go with them', async () => {
    const db = api.database.db;
    const count = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from search_documents where kind = 'actionItem'`.execute(db)
      ).rows[0]?.n;
    const before = await count();
    const made = await sql<{ id: string }>`
      insert into action_items (title, meeting_id, owner_organization_id, region_code, due_on)
      select 'Uji hapus', (select id from meetings order by id limit 1), id, region_code, date '2030-01-31'
      from organizations where region_code = '15' limit 2
      returning id`.execute(db);
    expect(made.rows.length).toBeGreaterThan(0);
    expect(await count()).toBe((before ?? 0) + made.rows.length);
    await sql`delete from action_items where id = any(${made.rows.map((r) => r.id)}::uuid[])`.execute(db);
    expect(await count()).toBe(before);
    expect(await staleDocuments()).toBe(0);
  });
});

describe('people and offices in search', () => {
  it('finds people by name without case, accents or titles, and offices by name, for every reader', async () => {
    const db = api.database.db;
    const office = await db
      .insertInto('organizations')
      .values({
        name: 'Dinas Pariwisata Kabupaten Kérinci',
        shortName: 'Disparkér',
        kind: 'agency',
        regionCode: '15.01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await api.caller().people.create({
      fullName: "Dr. Siti Nur'aini, S.Kom.",
      position: 'Kepala Bidang',
      organizationId: office.id,
    });
    for (const reader of readers) {
      const user = users.get(reader.label) as SessionUser;
      const people = await api.caller('id', user).search.query({ q: 'SITI NURAINI' });
      expect(
        people.person.map((hit) => [hit.title, hit.office]),
        reader.label,
      ).toEqual([["Dr. Siti Nur'aini, S.Kom.", 'Dinas Pariwisata Kabupaten Kérinci']]);
      const offices = await api.caller('id', user).search.query({ q: 'Pariwisata Kabupaten Kerinci' });
      expect(
        offices.office.map((hit) => hit.title),
        reader.label,
      ).toEqual(['Dinas Pariwisata Kabupaten Kérinci']);
    }
  });
});
