import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import { dropRowsKeptAlready, moveReferences } from './move-references';

/**
 * Every column that points at an office (each foreign key to organizations in db/src/migrations),
 * as `table.column`. A merge moves each of them; a test compares this list with the database's
 * catalog, so a new foreign key that is not moved here fails it. `versioned`: the table has an
 * optimistic `version`, moved on so a form opened before the merge cannot put the old office back.
 */
export const officeReferences = [
  { table: 'people', column: 'organization_id', versioned: true },
  { table: 'users', column: 'organization_id', versioned: true },
  { table: 'meetings', column: 'host_organization_id', versioned: true },
  { table: 'meeting_participants', column: 'organization_id', versioned: false },
  { table: 'proposals', column: 'addressed_to_organization_id', versioned: true },
  { table: 'proposal_proposers', column: 'organization_id', versioned: false },
  { table: 'commitments', column: 'committed_by_organization_id', versioned: true },
  { table: 'commitments', column: 'owner_organization_id', versioned: true },
  { table: 'action_items', column: 'owner_organization_id', versioned: true },
  { table: 'action_item_dispositions', column: 'from_organization_id', versioned: false },
  { table: 'action_item_dispositions', column: 'to_organization_id', versioned: false },
  { table: 'indicators', column: 'responsible_organization_id', versioned: true },
  { table: 'agreements', column: 'owner_organization_id', versioned: true },
  { table: 'agreement_parties', column: 'organization_id', versioned: false },
  { table: 'directives', column: 'issued_by_organization_id', versioned: true },
  // Moved by `moveDirectiveOffices` (one row per office in a directive), not by `moveReferences`.
  { table: 'action_items', column: 'directive_office_id', versioned: true },
  { table: 'organizations', column: 'merged_into', versioned: false },
] as const;

/**
 * Moves every reference from `duplicateId` to `keepId` and says how many rows moved per column.
 * A proposal both offices proposed keeps one proposer row (its key is proposal + office): the
 * duplicate's row is removed, counted under `proposal_proposers.organization_id (same proposal)`.
 */
export async function moveOfficeReferences(
  db: Database,
  duplicateId: string,
  keepId: string,
): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  const proposers = { table: 'proposal_proposers', column: 'organization_id', parent: 'proposal_id' };
  await dropRowsKeptAlready(db, { ...proposers, label: 'same proposal' }, duplicateId, keepId, moved);
  // Both offices party to one agreement: it keeps the kept office's row (its key is agreement + office).
  const parties = { table: 'agreement_parties', column: 'organization_id', parent: 'agreement_id' };
  await dropRowsKeptAlready(db, { ...parties, label: 'same agreement' }, duplicateId, keepId, moved);
  await moveDirectiveOffices(db, duplicateId, keepId, moved);
  const rest = officeReferences.filter(
    (r) => !(r.table === 'action_items' && r.column === 'directive_office_id'),
  );
  return moveReferences(db, rest, duplicateId, keepId, moved);
}

/**
 * A directive has one row per office (unique on directive + office). The duplicate's item moves to
 * the kept office unless the kept office has its own item of the same directive: then the kept
 * office's row stays the directive's, and the duplicate's item is left on the merged office (which
 * the directive page does not show), counted under `action_items.directive_office_id (same
 * directive)`; the merge cancels it if still open (`retireMergedDirectiveItems`). It cannot leave
 * the directive: an item without a meeting has the directive as its only source.
 */
async function moveDirectiveOffices(
  db: Database,
  duplicateId: string,
  keepId: string,
  moved: Record<string, number>,
): Promise<void> {
  const result = await sql`update action_items d set directive_office_id = ${keepId}, version = version + 1
    where d.directive_office_id = ${duplicateId}
      and not exists (select 1 from action_items k
        where k.directive_id = d.directive_id and k.directive_office_id = ${keepId})`.execute(db);
  const count = Number(result.numAffectedRows ?? 0);
  if (count > 0) moved['action_items.directive_office_id'] = count;
  const left = await db
    .selectFrom('actionItems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('directiveOfficeId', '=', duplicateId)
    .executeTakeFirstOrThrow();
  if (Number(left.n) > 0) moved['action_items.directive_office_id (same directive)'] = Number(left.n);
}
