import { type Kysely, sql } from 'kysely';

// Frozen in time: one search document per meeting, proposal, commitment and action item, with the
// region codes that decide who sees it, so a search reads one GIN index and the reader's scope is
// matched inside that index scan (docs/decisions.md, "Search documents"). Triggers keep each
// document in the same transaction as every change to its record or to what decides its visibility.
// Works on PostgreSQL 15 and 18.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table search_documents (
    kind text not null check (kind in ('meeting', 'proposal', 'commitment', 'actionItem')),
    record_id uuid not null,
    document tsvector not null,
    title_key text not null,
    scope_keys text[] not null,
    listed boolean not null,
    sorted_at timestamptz not null,
    primary key (kind, record_id)
  )`.execute(db);

  // A code and each code above it ('15.01.02' -> '15', '15.01', '15.01.02'): a reader whose scope is
  // S sees a record when S is among its keys, exactly as `regionRange` matches [S, S || '/').
  // PL/pgSQL: run once per record by the backfill, where an SQL function's per-call setup costs more.
  await sql`create function tindak_region_keys(codes text[]) returns text[]
    language plpgsql immutable parallel safe
    as $$
    declare keys text[] := '{}'; code text; parts text[]; key text;
    begin
      foreach code in array coalesce(codes, '{}') loop
        continue when code is null or code = '';
        parts := string_to_array(code, '.');
        for n in 1 .. cardinality(parts) loop
          key := array_to_string(parts[1:n], '.');
          if not key = any(keys) then keys := keys || key; end if;
        end loop;
      end loop;
      return keys;
    end $$`.execute(db);
  // The title weighs more than the body in ranking; matching is the same as the old per-table index.
  await sql`create function tindak_search_vector(title text, body text) returns tsvector
    language sql immutable parallel safe
    as $$ select setweight(to_tsvector('simple', public.tindak_search_text(coalesce(title, ''))), 'A')
      || to_tsvector('simple', public.tindak_search_text(coalesce(body, ''))) $$`.execute(db);
  // What each record's document is, from the records themselves (scope.ts in set form). A proposal
  // or commitment takes its meeting's keys from the meeting's document, refreshed before it.
  await sql`create view search_meeting_sources as
    select 'meeting'::text as kind, m.id as record_id,
      tindak_search_vector(m.title, concat_ws(' ', m.summary, m.minutes, m.place)) as document,
      public.tindak_search_text(m.title) as title_key,
      tindak_region_keys(array(
        select o.region_code from organizations o where o.id = m.host_organization_id
        union select mp.region_code from meeting_participants mp where mp.meeting_id = m.id)) as scope_keys,
      true as listed, m.starts_at as sorted_at
    from meetings m`.execute(db);
  await sql`create view search_proposal_sources as
    select 'proposal'::text as kind, p.id as record_id,
      tindak_search_vector(p.title, concat_ws(' ', p.description, p.decision_note)) as document,
      public.tindak_search_text(p.title) as title_key,
      array(
        select unnest(tindak_region_keys(array(
          select o.region_code from proposal_proposers pp join organizations o on o.id = pp.organization_id
            where pp.proposal_id = p.id)))
        union select unnest(md.scope_keys) from proposal_meetings pm
          join search_documents md on md.kind = 'meeting' and md.record_id = pm.meeting_id
          where pm.proposal_id = p.id) as scope_keys,
      true as listed, p.created_at as sorted_at
    from proposals p`.execute(db);
  await sql`create view search_commitment_sources as
    select 'commitment'::text as kind, c.id as record_id,
      tindak_search_vector(c.title, concat_ws(' ', c.description, c.evidence)) as document,
      public.tindak_search_text(c.title) as title_key,
      array(
        select unnest(tindak_region_keys(array(
          select cr.region_code from commitment_regions cr where cr.commitment_id = c.id
          union select o.region_code from organizations o
            where o.id in (c.owner_organization_id, c.committed_by_organization_id))))
        union select unnest(md.scope_keys) from search_documents md
          where md.kind = 'meeting' and md.record_id = c.meeting_id) as scope_keys,
      true as listed, c.created_at as sorted_at
    from commitments c`.execute(db);
  // A draft is shown only on its meeting's page, to its host: no one finds it in search.
  await sql`create view search_action_item_sources as
    select 'actionItem'::text as kind, ai.id as record_id,
      tindak_search_vector(ai.title, ai.description) as document,
      public.tindak_search_text(ai.title) as title_key,
      tindak_region_keys(array[ai.region_code]) as scope_keys,
      ai.status <> 'draft' as listed, ai.created_at as sorted_at
    from action_items ai`.execute(db);

  // Rewrites the documents of these records from their sources (a record gone loses its document).
  await sql`create function tindak_search_refresh(refresh_kind text, ids uuid[]) returns void
    language plpgsql
    as $$
    begin
      if ids is null or cardinality(ids) = 0 then return; end if;
      delete from search_documents where kind = refresh_kind and record_id = any(ids);
      if refresh_kind = 'meeting' then
        insert into search_documents select * from search_meeting_sources where record_id = any(ids);
      elsif refresh_kind = 'proposal' then
        insert into search_documents select * from search_proposal_sources where record_id = any(ids);
      elsif refresh_kind = 'commitment' then
        insert into search_documents select * from search_commitment_sources where record_id = any(ids);
      elsif refresh_kind = 'actionItem' then
        insert into search_documents select * from search_action_item_sources where record_id = any(ids);
      else
        raise exception 'unknown search kind %', refresh_kind;
      end if;
    end $$`.execute(db);
  // A meeting's regions also decide who sees its proposals and commitments.
  await sql`create function tindak_search_refresh_meetings(ids uuid[]) returns void
    language plpgsql
    as $$
    begin
      if ids is null or cardinality(ids) = 0 then return; end if;
      perform tindak_search_refresh('meeting', ids);
      perform tindak_search_refresh('proposal',
        array(select distinct proposal_id from proposal_meetings where meeting_id = any(ids)));
      perform tindak_search_refresh('commitment',
        array(select distinct id from commitments where meeting_id = any(ids)));
    end $$`.execute(db);
  // Everything again, set-based (the migration's backfill, and a repair if ever needed).
  await sql`create function tindak_search_rebuild() returns void
    language plpgsql
    as $$
    begin
      delete from search_documents;
      -- Meetings first: proposals and commitments take their meetings' keys.
      insert into search_documents select * from search_meeting_sources;
      insert into search_documents select * from search_proposal_sources;
      insert into search_documents select * from search_commitment_sources;
      insert into search_documents select * from search_action_item_sources;
    end $$`.execute(db);

  await createTriggers(db);
  await sql`select tindak_search_rebuild()`.execute(db);
  // The scope is matched inside the same index scan as the words (or the title fragment).
  await sql`create index search_documents_match_idx on search_documents
    using gin (document, title_key gin_trgm_ops, scope_keys)`.execute(db);
  await sql`analyze search_documents`.execute(db);
}

/**
 * Statement-level triggers with transition tables: a statement changing thousands of rows (an
 * office moving region, an attendance import) refreshes the documents it touched once, set-based.
 * An UPDATE trigger with transition tables cannot name columns, so each function compares the
 * old and new rows itself.
 */
async function createTriggers(db: Kysely<any>): Promise<void> {
  const own = {
    meetings: ['meeting', 'title, summary, minutes, place, starts_at'],
    proposals: ['proposal', 'title, description, decision_note, created_at'],
    commitments: [
      'commitment',
      'title, description, evidence, created_at, owner_organization_id, committed_by_organization_id, meeting_id',
    ],
    action_items: ['actionItem', 'title, description, region_code, status, created_at'],
  } as const;
  for (const [table, [kind, columns]] of Object.entries(own)) {
    const hostChange = table === 'meetings';
    await sql`create function ${sql.raw(`tindak_search_on_${table}`)}() returns trigger
      language plpgsql
      as $$
      declare changed uuid[];
      begin
        if tg_op = 'INSERT' then select array_agg(id) into changed from new_rows;
        elsif tg_op = 'DELETE' then select array_agg(id) into changed from old_rows;
        else
          select array_agg(n.id) into changed from new_rows n join old_rows o on o.id = n.id
            where (${sql.raw(prefixed('n', columns))}) is distinct from (${sql.raw(prefixed('o', columns))});
          ${sql.raw(
            hostChange
              ? `perform tindak_search_refresh_meetings(array(select n.id from new_rows n join old_rows o on o.id = n.id
                  where n.host_organization_id is distinct from o.host_organization_id));`
              : '',
          )}
        end if;
        perform tindak_search_refresh('${sql.raw(kind)}', changed);
        return null;
      end $$`.execute(db);
    await statementTriggers(db, table, `tindak_search_on_${table}`);
  }

  await linkTrigger(
    db,
    'meeting_participants',
    'meeting_id',
    (ids) => `perform tindak_search_refresh_meetings(${ids});`,
    { rowId: 'id', deciding: 'region_code' },
  );
  await linkTrigger(
    db,
    'proposal_proposers',
    'proposal_id',
    (ids) => `perform tindak_search_refresh('proposal', ${ids});`,
  );
  await linkTrigger(
    db,
    'proposal_meetings',
    'proposal_id',
    (ids) => `perform tindak_search_refresh('proposal', ${ids});`,
  );
  await linkTrigger(
    db,
    'commitment_regions',
    'commitment_id',
    (ids) => `perform tindak_search_refresh('commitment', ${ids});`,
  );

  // An office moving region moves who sees what it hosted, proposed, owned or committed to (its
  // action items carry their own region_code, moved with it by the service).
  await sql`create function tindak_search_on_organizations() returns trigger
    language plpgsql
    as $$
    declare moved uuid[];
    begin
      select array_agg(n.id) into moved from new_rows n join old_rows o on o.id = n.id
        where n.region_code is distinct from o.region_code;
      if moved is null then return null; end if;
      perform tindak_search_refresh_meetings(array(select id from meetings where host_organization_id = any(moved)));
      perform tindak_search_refresh('proposal',
        array(select distinct proposal_id from proposal_proposers where organization_id = any(moved)));
      perform tindak_search_refresh('commitment', array(select id from commitments
        where owner_organization_id = any(moved) or committed_by_organization_id = any(moved)));
      return null;
    end $$`.execute(db);
  await sql`create trigger search_documents_on_update after update on organizations
    referencing old table as old_rows new table as new_rows
    for each statement execute function tindak_search_on_organizations()`.execute(db);
}

const prefixed = (alias: string, columns: string) =>
  columns
    .split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');

/**
 * A link table: the records on either side of a change. `compare` (row id, deciding column): an
 * update refreshes only rows whose record or deciding column changed (attendance is marked on
 * participants all day); without it every updated row refreshes its old and new record.
 */
async function linkTrigger(
  db: Kysely<any>,
  table: string,
  recordColumn: string,
  refresh: (ids: string) => string,
  compare?: { rowId: string; deciding: string },
): Promise<void> {
  const name = `tindak_search_on_${table}`;
  const record = sql.raw(recordColumn);
  const changedRows = compare
    ? sql.raw(`from new_rows n join old_rows o on o.${compare.rowId} = n.${compare.rowId}
        where (n.${recordColumn}, n.${compare.deciding}) is distinct from (o.${recordColumn}, o.${compare.deciding})`)
    : null;
  const updated = changedRows
    ? sql`select array_agg(distinct x) into changed from (
          select n.${record} ${changedRows} union all select o.${record} ${changedRows}) as changes(x);`
    : sql`select array_agg(distinct x) into changed from (
          select ${record} from new_rows union all select ${record} from old_rows) as changes(x);`;
  await sql`create function ${sql.raw(name)}() returns trigger
    language plpgsql
    as $$
    declare changed uuid[];
    begin
      if tg_op = 'INSERT' then select array_agg(distinct ${record}) into changed from new_rows;
      elsif tg_op = 'DELETE' then select array_agg(distinct ${record}) into changed from old_rows;
      else ${updated}
      end if;
      ${sql.raw(refresh('changed'))}
      return null;
    end $$`.execute(db);
  await statementTriggers(db, table, name);
}

async function statementTriggers(db: Kysely<any>, table: string, fn: string): Promise<void> {
  await sql`create trigger search_documents_on_insert after insert on ${sql.table(table)}
    referencing new table as new_rows for each statement execute function ${sql.raw(fn)}()`.execute(db);
  await sql`create trigger search_documents_on_update after update on ${sql.table(table)}
    referencing old table as old_rows new table as new_rows for each statement execute function ${sql.raw(fn)}()`.execute(
    db,
  );
  await sql`create trigger search_documents_on_delete after delete on ${sql.table(table)}
    referencing old table as old_rows for each statement execute function ${sql.raw(fn)}()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'meetings',
    'proposals',
    'commitments',
    'action_items',
    'meeting_participants',
    'proposal_proposers',
    'proposal_meetings',
    'commitment_regions',
  ]) {
    for (const event of ['insert', 'update', 'delete'])
      await sql`drop trigger ${sql.raw(`search_documents_on_${event}`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function ${sql.raw(`tindak_search_on_${table}`)}()`.execute(db);
  }
  await sql`drop trigger search_documents_on_update on organizations`.execute(db);
  await sql`drop function tindak_search_on_organizations()`.execute(db);
  await sql`drop function tindak_search_rebuild()`.execute(db);
  await sql`drop function tindak_search_refresh_meetings(uuid[])`.execute(db);
  await sql`drop function tindak_search_refresh(text, uuid[])`.execute(db);
  for (const view of ['meeting', 'proposal', 'commitment', 'action_item'])
    await sql`drop view ${sql.raw(`search_${view}_sources`)}`.execute(db);
  await sql`drop function tindak_search_vector(text, text)`.execute(db);
  await sql`drop function tindak_region_keys(text[])`.execute(db);
  await sql`drop table search_documents`.execute(db);
}
