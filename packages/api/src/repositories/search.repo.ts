import type { Database } from '@tindak/db';
import { type RecordSearchKind, recordSearchKinds, type SearchHit, type SearchQueries } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';

/**
 * How each kind of record shows as a hit: its title, status, date, office and the text its
 * snippet is cut from. Matching and visibility are decided in `search_documents` (migration
 * 20261220T0900): these read only the few records already chosen.
 */
interface Source {
  table: string;
  /** The text the snippet is taken from: the title and body the document was made of. */
  document: RawBuilder<string>;
  date: RawBuilder<string | null>;
  /** The office a hit belongs to, so hits with one title can be told apart (alias `t`). */
  office: RawBuilder<string | null>;
}

const officeName = (column: string) =>
  sql<string | null>`(select so.name from organizations so where so.id = ${sql.ref(`t.${column}`)})`;

const doc = (...columns: string[]) =>
  sql<string>`${sql.raw(columns.map((c) => `coalesce(${c}, '')`).join(" || ' ' || "))}`;

const sources: Record<RecordSearchKind, Source> = {
  meeting: {
    table: 'meetings',
    document: doc('title', 'summary', 'minutes', 'place'),
    date: sql`starts_at::text`,
    office: officeName('host_organization_id'),
  },
  proposal: {
    table: 'proposals',
    document: doc('title', 'description', 'decision_note'),
    date: sql`created_at::text`,
    office: sql`(select string_agg(so.name, ', ' order by so.name) from proposal_proposers spp
      join organizations so on so.id = spp.organization_id where spp.proposal_id = t.id)`,
  },
  commitment: {
    table: 'commitments',
    document: doc('title', 'description', 'evidence'),
    date: sql`due_on::text`,
    office: sql`(select so.name from organizations so
      where so.id = coalesce(t.owner_organization_id, t.committed_by_organization_id))`,
  },
  actionItem: {
    table: 'action_items',
    document: doc('title', 'description'),
    date: sql`due_on::text`,
    office: officeName('owner_organization_id'),
  },
};

export interface SearchTerms {
  /** The words as typed, whole and with the last as a prefix (`searchQueries`). */
  queries: SearchQueries;
  /** The words as typed, LIKE-escaped, for the fragment match on titles. */
  likeText: string;
  /** Whether to add the fragment match on titles (one word only). */
  fragment: boolean;
  /** The reader's scope region; null: everywhere. */
  scope: string | null;
  limit: number;
}

export type RankedIds = Record<RecordSearchKind, string[]>;

/**
 * The best `limit` matches of each kind in the reader's scope, best first. Records with every word
 * whole come first; only the kinds that have fewer than `limit` of them are filled up with records
 * where the last word is the start of a longer one ("digitalisasi" for "digital"), or a fragment
 * inside a title word. The whole words are exact index lookups; the prefix gathers every indexed
 * word it starts, country-wide, and costs three times as much on a common phrase
 * (docs/benchmarks.md), so a phrase that finds enough whole never pays for it.
 */
export async function rankedMatches(db: Database, terms: SearchTerms): Promise<RankedIds> {
  const ids: RankedIds = { meeting: [], proposal: [], commitment: [], actionItem: [] };
  const whole = sql`to_tsquery('simple', ${terms.queries.whole})`;
  await rankInto(db, ids, terms, { query: whole, words: sql`d.document @@ ${whole}` });
  const short = recordSearchKinds.filter((kind) => ids[kind].length < terms.limit);
  if (short.length === 0) return ids;
  const prefix = sql`to_tsquery('simple', ${terms.queries.prefix})`;
  const found = Object.values(ids).flat();
  const words = terms.fragment
    ? sql`(d.document @@ ${prefix} or d.title_key like '%' || tindak_search_text(${terms.likeText}) || '%')`
    : sql`d.document @@ ${prefix}`;
  await rankInto(db, ids, terms, {
    query: prefix,
    words: sql`${words} and d.kind = any(${short}::text[]) and d.record_id <> all(${found}::uuid[])`,
  });
  return ids;
}

/**
 * Appends to `ids` the best matches of `words` per kind, up to `terms.limit` in all: one GIN index
 * scan finds the documents whose words match AND whose scope keys hold the reader's region (a
 * province head reads only the province's postings, never the country's), then each kind's matches
 * are ranked (title words weigh most), newest first among equals.
 */
async function rankInto(
  db: Database,
  ids: RankedIds,
  terms: SearchTerms,
  match: { query: RawBuilder<unknown>; words: RawBuilder<unknown> },
) {
  const inScope = terms.scope === null ? sql`` : sql`and d.scope_keys @> array[${terms.scope}::text]`;
  const rows = await sql<{ kind: RecordSearchKind; id: string }>`
    select kind, record_id as id from (
      select d.kind, d.record_id, row_number() over (
          partition by d.kind order by ts_rank_cd(d.document, ${match.query}) desc, d.sorted_at desc, d.record_id
        ) as place
      from search_documents d
      where ${match.words} ${inScope} and d.listed
    ) ranked
    where place <= ${terms.limit}
    order by kind, place`.execute(db);
  for (const row of rows.rows) if (ids[row.kind].length < terms.limit) ids[row.kind].push(row.id);
}

/** The chosen records of one kind as hits, in the order given. */
export async function recordHits(
  db: Database,
  kind: RecordSearchKind,
  ids: readonly string[],
  prefix: string,
): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const source = sources[kind];
  const rows = await sql<{
    id: string;
    title: string;
    snippet: string;
    status: string;
    date: string | null;
    office: string | null;
  }>`
    select id, title, status, ${source.date} as date, ${source.office} as office,
      ts_headline('simple', ${source.document}, to_tsquery('simple', ${prefix}),
        'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1') as snippet
    from ${sql.table(source.table)} t
    where id = any(${[...ids]}::uuid[])`.execute(db);
  const byId = new Map(rows.rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ kind, ...row }] : [];
  });
}
