import { describe, expect, it } from 'vitest';
import { useTestApi } from './support';

/**
 * Every list's cursor goes back in only through the one cursor codec: a crafted cursor is a
 * BAD_REQUEST on `cursor`, never a value PostgreSQL refuses (a 500).
 */
const api = useTestApi();

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const id = '6f1c1d0e-5a4b-4c3d-8e2f-1a2b3c4d5e6f';

const crafted = {
  meetings: [encode(['0000-01-01T00:00:00Z', id]), encode(['2026-01-01T00:00:00Z', 'x']), 'not-base64-json'],
  users: [encode(['Kantor\u0000', 'Nama', id]), encode(['Kantor', '\ud800', id]), encode([1, 2, 3])],
  proposals: [encode(['0000-01-01T00:00:00.000000Z', id]), encode(['2026-01-01', id])],
  commitments: [encode(['9999-99-99T00:00:00.000000Z', id])],
  actionItems: [
    encode({ sort: 'due', dueOn: '0000-01-01', id }),
    encode({ sort: 'newest', createdAt: '2026-01-01T00:00:00.000000Z', id }),
    encode({ sort: 'due', dueOn: '2026-02-30', id }),
  ],
  outbox: [encode(['2026-01-01T00:00:00.000000Z', 'bukan-uuid'])],
} as const;

describe('crafted cursors', () => {
  it.each(Object.entries(crafted))('%s: each is a BAD_REQUEST on the cursor field', async (list, cursors) => {
    const caller = api.caller();
    for (const cursor of cursors) {
      const call =
        list === 'meetings'
          ? caller.meetings.list({ cursor })
          : list === 'users'
            ? api.callerAs({ ...api.head, role: 'admin' }).users.list({ cursor })
            : list === 'proposals'
              ? caller.proposals.list({ cursor })
              : list === 'commitments'
                ? caller.commitments.list({ cursor })
                : list === 'actionItems'
                  ? caller.actionItems.list({ cursor, sort: 'due' })
                  : caller.outbox.list({ cursor });
      await expect(call, cursor).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'cursor' } });
    }
  });
});
