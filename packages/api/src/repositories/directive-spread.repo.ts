import type { Database } from '@tindak/db';
import { actionItemStatusMachine, type DirectiveSpread, finalStatuses } from '@tindak/shared';
import { sql } from 'kysely';
import type { ItemConditions } from './action-item.repo';
import { statusList } from './status-sql';

/**
 * The spreads of a set of directives in one query: their items grouped by directive, counting only
 * the items that meet `matches` (the reader's scope, a list's filter). A directive none of whose
 * items match is left out, so a reader never learns of directives handed only to others.
 */
export async function findDirectiveSpreads(
  db: Database,
  directiveIds: readonly string[],
  matches: ItemConditions,
  today: string,
): Promise<DirectiveSpread[]> {
  if (directiveIds.length === 0) return [];
  const final = statusList(finalStatuses(actionItemStatusMachine));
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`(count(*) filter (where ${condition}))::int`;
  const { rows } = await sql<DirectiveSpread>`
    select d.id, d.title, to_char(d.due_on, 'YYYY-MM-DD') as "dueOn",
      count(*)::int as total,
      ${count(sql`ai.status = 'done'`)} as done,
      ${count(sql`ai.status = 'cancelled'`)} as cancelled,
      ${count(sql`ai.status = 'in_progress'`)} as "inProgress",
      ${count(sql`ai.status = 'awaiting_verification'`)} as "awaitingVerification",
      ${count(sql`ai.status not in ('done', 'cancelled', 'in_progress', 'awaiting_verification')`)} as open,
      ${count(sql`ai.due_on < ${today}::date and ai.status not in ${final}`)} as overdue
    from action_items ai join directives d on d.id = ai.directive_id
    where ai.directive_id in (${sql.join(directiveIds.map((id) => sql`${id}::uuid`))})
      and ${sql.join([sql`true`, ...matches('ai')], sql` and `)}
    group by d.id
    order by d.due_on, d.id`.execute(db);
  return rows;
}

/**
 * Open directives with more than one item the reader sees (drafts aside), soonest deadline first:
 * what Beranda shows once each, with its spread.
 */
export async function findOpenDirectivesInScope(
  db: Database,
  matches: ItemConditions,
  limit: number,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select d.id from directives d join action_items ai on ai.directive_id = d.id
    where d.status = 'open' and ${sql.join([sql`true`, ...matches('ai')], sql` and `)}
    group by d.id having count(*) > 1
    order by min(d.due_on), d.id
    limit ${limit}`.execute(db);
  return rows.map((row) => row.id);
}
