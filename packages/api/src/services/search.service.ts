import { type SearchOutput, type searchInput, searchKinds, toPrefixQuery } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { searchKind } from '../repositories/search.repo';
import { scopeOf } from './scope';
import { plainSnippet } from './search-snippet';

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
  // The trigram match adds fragments inside a word ("ornis" in "rakornis"). For several words it is
  // left out: their prefixes already match, and checking a phrase's trigram candidates is costly.
  const fragment = !/\s/.test(input.q.trim());
  await Promise.all(
    searchKinds.map(async (kind) => {
      const hits = await searchKind(ctx.db, kind, {
        prefix,
        likeText,
        fragment,
        scope,
        limit: input.limitPerKind,
      });
      // Minutes and descriptions are markdown; a result shows their words.
      result[kind] = hits.map((hit) => ({ ...hit, snippet: plainSnippet(hit.snippet) }));
    }),
  );
  return result;
}
