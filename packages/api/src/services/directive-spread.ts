import type { Database } from '@tindak/db';
import { type DirectiveSpread, isSpread } from '@tindak/shared';
import { type ActionItemFilter, itemFilter } from '../repositories/action-item.repo';
import { findDirectiveSpreads, findOpenDirectivesInScope } from '../repositories/directive-spread.repo';

/**
 * The spreads of the directives named, as a reader with `filter` (their scope, and a list's filter
 * when there is one) sees them: one query for the set, keyed by directive id.
 */
export async function directiveSpreads(
  db: Database,
  directiveIds: Iterable<string>,
  filter: ActionItemFilter,
  today: string,
): Promise<Map<string, DirectiveSpread>> {
  const ids = [...new Set(directiveIds)];
  const matches = await itemFilter(db, filter, today);
  const spreads = await findDirectiveSpreads(db, ids, matches, today);
  return new Map(spreads.map((spread) => [spread.id, spread]));
}

/**
 * The rows of a list grouped by directive: the row standing for a directive carries its spread when
 * more than one of its items match; a directive with one matching item stays that item, labelled with
 * the directive (`isSpread`).
 */
export async function withDirectiveSpreads<T extends { directive: { id: string } | null }>(
  db: Database,
  rows: T[],
  filter: ActionItemFilter,
  today: string,
): Promise<(T & { directiveSpread?: DirectiveSpread })[]> {
  const ids = rows.flatMap((row) => (row.directive ? [row.directive.id] : []));
  if (ids.length === 0) return rows;
  const spreads = await directiveSpreads(db, ids, filter, today);
  return rows.map((row) => {
    const spread = row.directive ? spreads.get(row.directive.id) : undefined;
    return spread && isSpread(spread) ? { ...row, directiveSpread: spread } : row;
  });
}

/** Beranda's directives: open ones with more than one item in the reader's scope, with their spreads. */
export async function openDirectivesInScope(
  db: Database,
  scopeRegion: string | null,
  today: string,
  limit: number,
): Promise<DirectiveSpread[]> {
  const filter = { scopeRegion };
  const ids = await findOpenDirectivesInScope(db, await itemFilter(db, filter, today), limit);
  const spreads = await directiveSpreads(db, ids, filter, today);
  return ids.flatMap((id) => spreads.get(id) ?? []);
}
