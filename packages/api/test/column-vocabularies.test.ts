import type { DB } from '@tindak/db';
import {
  actionItemPriorities,
  actionItemStatusMachine,
  attendanceStates,
  commitmentStatusMachine,
  emailKinds,
  emailStatuses,
  languages,
  meetingStatusMachine,
  meetingTypes,
  notifyModes,
  organizationKinds,
  participantRoles,
  proposalStatusMachine,
  regionKinds,
  roles,
} from '@tindak/shared';
import { type Selectable, sql } from 'kysely';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { useTestApi } from './support';

const api = useTestApi();

/**
 * `pnpm --filter @tindak/db codegen` types each text column with a `col in (…)` CHECK as the union
 * of its values (db/src/scripts/codegen.ts; db's schema-types test holds the file to the
 * migrations). These are the vocabularies the services use for those columns: a CHECK and its
 * shared enum or status machine must list the same values, or a cast would be hiding a mismatch.
 */
const sharedVocabularies: Record<string, readonly string[]> = {
  'users.role': roles,
  'users.language': languages,
  'users.notify_mode': notifyModes,
  'regions.kind': regionKinds,
  'organizations.kind': organizationKinds,
  'meetings.type': meetingTypes,
  'meetings.status': meetingStatusMachine.statuses,
  'meeting_participants.role': participantRoles,
  'meeting_participants.attendance': attendanceStates,
  'proposals.status': proposalStatusMachine.statuses,
  'commitments.status': commitmentStatusMachine.statuses,
  'action_items.status': actionItemStatusMachine.statuses,
  'action_items.priority': actionItemPriorities,
  'emails.kind': emailKinds,
  'emails.language': languages,
  'emails.status': emailStatuses,
  'notifications.delivery': notifyModes,
};

describe('closed vocabulary columns', () => {
  it('allow exactly the values of their shared enum or status machine', async () => {
    const { rows } = await sql<{ column: string; definition: string }>`
      select cl.relname || '.' || a.attname as column, pg_get_constraintdef(c.oid) as definition
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'c' and cardinality(c.conkey) = 1`.execute(api.database.db);
    const checked = new Map(
      rows.map((row) => [row.column, [...row.definition.matchAll(/'([^']*)'::text/g)].map((m) => m[1])]),
    );
    for (const [column, values] of Object.entries(sharedVocabularies)) {
      expect({ column, values: checked.get(column) }).toEqual({ column, values: [...values] });
    }
  });

  it('reach the services typed as the shared unions', () => {
    expectTypeOf<Selectable<DB['users']>['role']>().toEqualTypeOf<(typeof roles)[number]>();
    expectTypeOf<Selectable<DB['actionItems']>['status']>().toEqualTypeOf<
      (typeof actionItemStatusMachine.statuses)[number]
    >();
    expectTypeOf<Selectable<DB['actionItems']>['priority']>().toEqualTypeOf<
      (typeof actionItemPriorities)[number]
    >();
    expectTypeOf<Selectable<DB['commitments']>['status']>().toEqualTypeOf<
      (typeof commitmentStatusMachine.statuses)[number]
    >();
    expectTypeOf<Selectable<DB['proposals']>['status']>().toEqualTypeOf<
      (typeof proposalStatusMachine.statuses)[number]
    >();
    expectTypeOf<Selectable<DB['meetings']>['status']>().toEqualTypeOf<
      (typeof meetingStatusMachine.statuses)[number]
    >();
    expectTypeOf<Selectable<DB['meetings']>['type']>().toEqualTypeOf<(typeof meetingTypes)[number]>();
  });
});
