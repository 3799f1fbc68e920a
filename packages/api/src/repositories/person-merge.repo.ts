import type { Database } from '@tindak/db';
import { dropRowsKeptAlready, moveReferences } from './move-references';

/**
 * Every column that points at a person (each foreign key to people in db/src/migrations), as
 * `table.column`. A merge moves each of them; a test compares this list with the database's
 * catalog, so a new foreign key that is not moved here fails it. `versioned`: the table has an
 * optimistic `version`, moved on so a form opened before the merge cannot put the old person back.
 */
export const personReferences = [
  { table: 'meeting_participants', column: 'person_id', versioned: false },
  { table: 'commitments', column: 'committed_by_person_id', versioned: true },
  { table: 'commitments', column: 'owner_person_id', versioned: true },
  { table: 'action_items', column: 'owner_person_id', versioned: true },
  { table: 'action_items', column: 'assigned_by_person_id', versioned: true },
  { table: 'action_item_dispositions', column: 'from_person_id', versioned: false },
  { table: 'action_item_dispositions', column: 'to_person_id', versioned: false },
  { table: 'users', column: 'person_id', versioned: true },
  { table: 'meetings', column: 'invitation_signer_person_id', versioned: true },
  { table: 'directives', column: 'issued_by_person_id', versioned: true },
  { table: 'people', column: 'merged_into', versioned: false },
] as const;

/**
 * Moves every reference from `duplicateId` to `keepId` and says how many rows moved per column.
 * A meeting both records attended keeps one participation (a person is in a meeting once): the
 * kept person's row stays, the duplicate's is removed, counted under
 * `meeting_participants.person_id (same meeting)`.
 */
export async function movePersonReferences(
  db: Database,
  duplicateId: string,
  keepId: string,
): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  const participants = { table: 'meeting_participants', column: 'person_id', parent: 'meeting_id' };
  await dropRowsKeptAlready(db, { ...participants, label: 'same meeting' }, duplicateId, keepId, moved);
  return moveReferences(db, personReferences, duplicateId, keepId, moved);
}
