import {
  type SearchHit,
  type SearchKind,
  type SearchOutput,
  type searchInput,
  toPrefixQuery,
} from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { Context } from '../context';
import { actionItemVisible, commitmentVisible, meetingVisible, proposalVisible } from '../repositories/scope';
import { scopeOf } from './scope';

interface Source {
  kind: SearchKind;
  table: string;
  /** Must be the exact expression of the table's full-text index (see the follow-ups migration). */
  document: RawBuilder<string>;
  date: RawBuilder<string | null>;
  visible: (alias: string, region: string) => RawBuilder<boolean>;
}

const doc = (...columns: string[]) =>
  sql<string>`${sql.raw(columns.map((c) => `coalesce(${c}, '')`).join(" || ' ' || "))}`;

const sources: Source[] = [
  {
    kind: 'meeting',
    table: 'meetings',
    document: doc('title', 'summary', 'minutes', 'place'),
    date: sql`starts_at::text`,
    visible: meetingVisible,
  },
  {
    kind: 'proposal',
    table: 'proposals',
    document: doc('title', 'description', 'decision_note'),
    date: sql`created_at::text`,
    visible: proposalVisible,
  },
  {
    kind: 'commitment',
    table: 'commitments',
    document: doc('title', 'description', 'evidence'),
    date: sql`due_on::text`,
    visible: commitmentVisible,
  },
  {
    kind: 'actionItem',
    table: 'action_items',
    document: doc('title', 'description'),
    date: sql`due_on::text`,
    visible: actionItemVisible,
  },
];

/**
 * Full-text search over meetings (with their minutes), proposals, commitments and action items.
 * PostgreSQL has no Indonesian stemmer, so documents use the `simple` configuration over
 * unaccented lower-case text with prefix matching ("rakor" finds "rakornis"); a trigram match on
 * the title catches fragments inside words ("center" in "datacenter").
 */
export async function search(ctx: Context, input: z.output<typeof searchInput>): Promise<SearchOutput> {
  const prefix = toPrefixQuery(input.q);
  const result: SearchOutput = { meeting: [], proposal: [], commitment: [], actionItem: [] };
  if (!prefix) return result;
  const scope = scopeOf(ctx);
  const likeText = input.q.replace(/[\\%_]/g, (c) => `\\${c}`);
  await Promise.all(
    sources.map(async (source) => {
      const vector = sql`to_tsvector('simple', tindak_search_text(${source.document}))`;
      const query = sql`to_tsquery('simple', ${prefix})`;
      const rows = await sql<{
        id: string;
        title: string;
        snippet: string;
        status: string;
        date: string | null;
      }>`
        select id, title, status, ${source.date} as date,
          ts_headline('simple', ${source.document}, ${query},
            'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1') as snippet
        from ${sql.table(source.table)} x
        where ${scope ? source.visible('x', scope) : sql`true`}
          and (${vector} @@ ${query}
           or tindak_search_text(title) like '%' || tindak_search_text(${likeText}) || '%')
        order by ts_rank(${vector}, ${query}) desc, ${sql.raw(source.kind === 'meeting' ? 'starts_at' : 'created_at')} desc
        limit ${input.limitPerKind}`.execute(ctx.db);
      result[source.kind] = rows.rows.map((row): SearchHit => ({ kind: source.kind, ...row }));
    }),
  );
  return result;
}
