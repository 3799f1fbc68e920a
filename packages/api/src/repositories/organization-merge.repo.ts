import type { Database } from '@tindak/db';
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
  return moveReferences(db, officeReferences, duplicateId, keepId, moved);
}
