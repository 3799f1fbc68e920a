import {
  can,
  type DirectorySearchKind,
  recordSearchKinds,
  type SearchOutput,
  type searchInput,
  searchQueries,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { type ProcedureRule, procedurePolicy } from '../policy-table';
import { rankedMatches, recordHits } from '../repositories/search.repo';
import { searchOfficesByName, searchPeopleByName } from '../repositories/search-directory.repo';
import { scopeOf } from './scope';
import { plainSnippet } from './search-snippet';

/**
 * Full-text search over meetings (with their minutes), proposals, commitments and action items,
 * and by name over people and offices. PostgreSQL has no Indonesian stemmer, so documents use the
 * `simple` configuration over unaccented lower-case text with prefix matching ("rakor" finds
 * "rakornis"); a trigram match on the title catches fragments inside words ("center" in
 * "datacenter"). Records are matched within the reader's scope in `search_documents`.
 */
export async function search(ctx: Context, input: z.output<typeof searchInput>): Promise<SearchOutput> {
  const queries = searchQueries(input.q);
  const result: SearchOutput = {
    meeting: [],
    proposal: [],
    commitment: [],
    actionItem: [],
    person: [],
    office: [],
  };
  if (!queries) return result;
  const likeText = input.q.replace(/[\\%_]/g, (c) => `\\${c}`);
  // The trigram match adds fragments inside a word ("ornis" in "rakornis"). For several words it is
  // left out: their words already match, and checking a phrase's trigram candidates is costly.
  const fragment = !/\s/.test(input.q.trim());
  const limit = input.limitPerKind;
  const records = async () => {
    const ranked = await rankedMatches(ctx.db, { queries, likeText, fragment, scope: scopeOf(ctx), limit });
    await Promise.all(
      recordSearchKinds.map(async (kind) => {
        const hits = await recordHits(ctx.db, kind, ranked[kind], queries.prefix);
        // Minutes and descriptions are markdown; a result shows their words.
        result[kind] = hits.map((hit) => ({ ...hit, snippet: plainSnippet(hit.snippet) }));
      }),
    );
  };
  const directory = async () => {
    if (mayRead(ctx, 'person')) result.person = await searchPeopleByName(ctx.db, input.q, limit);
    if (mayRead(ctx, 'office')) result.office = await searchOfficesByName(ctx.db, input.q, limit);
  };
  await Promise.all([records(), directory()]);
  return result;
}

/** People and offices are found by those the policy lets read the directory pages. */
const directoryRule: Record<DirectorySearchKind, ProcedureRule | undefined> = {
  person: procedurePolicy['people.directory'],
  office: procedurePolicy['organizations.directory'],
};

function mayRead(ctx: Context, kind: DirectorySearchKind): boolean {
  const rule = directoryRule[kind];
  if (rule === undefined) return false;
  // No user: the system itself, which reads everything.
  if (!ctx.user || rule === 'public' || rule === 'signedIn') return true;
  return can(ctx.user.role, rule);
}
