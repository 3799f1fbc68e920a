import type { Database } from '@tindak/db';
import type { SearchHit, SearchKind } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { visibleAmongMany } from './scope';

interface Source {
  kind: SearchKind;
  table: string;
  /** Must be the exact expression of the table's full-text index (see the follow-ups migration). */
  document: RawBuilder<string>;
  date: RawBuilder<string | null>;
  visible: (alias: string, region: string) => RawBuilder<boolean>;
  /** The columns kept per match: the id, the date it is ordered by and what `visible` reads. */
  matchColumns: string;
  /** The office a hit belongs to, so hits with one title can be told apart (alias `t`). */
  office: RawBuilder<string | null>;
  /** Rows nobody finds whatever their scope (an action item still a draft), on the match alias. */
  unlisted?: (alias: string) => RawBuilder<boolean>;
}

const officeName = (column: string) =>
  sql<string | null>`(select so.name from organizations so where so.id = ${sql.ref(`t.${column}`)})`;

const doc = (...columns: string[]) =>
  sql<string>`${sql.raw(columns.map((c) => `coalesce(${c}, '')`).join(" || ' ' || "))}`;

const sources: Record<SearchKind, Source> = {
  meeting: {
    kind: 'meeting',
    table: 'meetings',
    document: doc('title', 'summary', 'minutes', 'place'),
    date: sql`starts_at::text`,
    visible: visibleAmongMany.meeting,
    matchColumns: 'id, starts_at, host_organization_id',
    office: officeName('host_organization_id'),
  },
  proposal: {
    kind: 'proposal',
    table: 'proposals',
    document: doc('title', 'description', 'decision_note'),
    date: sql`created_at::text`,
    visible: visibleAmongMany.proposal,
    matchColumns: 'id, created_at',
    office: sql`(select string_agg(so.name, ', ' order by so.name) from proposal_proposers spp
      join organizations so on so.id = spp.organization_id where spp.proposal_id = t.id)`,
  },
  commitment: {
    kind: 'commitment',
    table: 'commitments',
    document: doc('title', 'description', 'evidence'),
    date: sql`due_on::text`,
    visible: visibleAmongMany.commitment,
    matchColumns: 'id, created_at, owner_organization_id, committed_by_organization_id, meeting_id',
    office: sql`(select so.name from organizations so
      where so.id = coalesce(t.owner_organization_id, t.committed_by_organization_id))`,
  },
  actionItem: {
    kind: 'actionItem',
    table: 'action_items',
    document: doc('title', 'description'),
    date: sql`due_on::text`,
    visible: visibleAmongMany.actionItem,
    matchColumns: 'id, created_at, region_code, status',
    office: officeName('owner_organization_id'),
    // A draft is shown only on its meeting's page, to its host.
    unlisted: (alias) => sql<boolean>`${sql.ref(`${alias}.status`)} = 'draft'`,
  },
};

/**
 * Matches come from the full-text and trigram indexes first (materialized, so the planner cannot
 * instead walk the table by date computing each row's document); visibility is then probed against
 * the region's sets. Ranking recomputes each document, so only the newest matches are ranked: a
 * common word ("digital") matches tens of thousands of rows nationally.
 */
const RANKED_CANDIDATES = 200;

export interface SearchTerms {
  /** The words as a prefix tsquery (`toPrefixQuery`). */
  prefix: string;
  /** The words as typed, LIKE-escaped, for the trigram match on titles. */
  likeText: string;
  /** Whether to add the trigram match on titles (one word only). */
  fragment: boolean;
  /** The reader's scope region; null: everywhere. */
  scope: string | null;
  limit: number;
}

/**
 * The best matches of one kind, full text over each record's document with prefix matching and,
 * for one word, a trigram match on the title.
 */
export async function searchKind(db: Database, kind: SearchKind, terms: SearchTerms): Promise<SearchHit[]> {
  const source = sources[kind];
  const { prefix, likeText, fragment, scope } = terms;
  const vector = sql`to_tsvector('simple', tindak_search_text(${source.document}))`;
  const query = sql`to_tsquery('simple', ${prefix})`;
  const newest = sql.raw(source.kind === 'meeting' ? 'starts_at' : 'created_at');
  const rows = await sql<{
    id: string;
    title: string;
    snippet: string;
    status: string;
    date: string | null;
    office: string | null;
  }>`
    with matches as materialized (
      select ${sql.raw(source.matchColumns)} from ${sql.table(source.table)} where ${vector} @@ ${query}
      ${
        fragment
          ? sql`union select ${sql.raw(source.matchColumns)} from ${sql.table(source.table)}
              where tindak_search_text(title) like '%' || tindak_search_text(${likeText}) || '%'`
          : sql``
      }
    ),
    candidates as (
      select x.id from matches x
      where ${scope ? source.visible('x', scope) : sql`true`}
        ${source.unlisted ? sql`and not ${source.unlisted('x')}` : sql``}
      order by x.${newest} desc
      limit ${RANKED_CANDIDATES}
    )
    select id, title, status, ${source.date} as date, ${source.office} as office,
      ts_headline('simple', ${source.document}, ${query},
        'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1') as snippet
    from ${sql.table(source.table)} t
    where id in (select id from candidates)
    order by ts_rank(${vector}, ${query}) desc, ${newest} desc
    limit ${terms.limit}`.execute(db);
  return rows.rows.map((row): SearchHit => ({ kind, ...row }));
}
