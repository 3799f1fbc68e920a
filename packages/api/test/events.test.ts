import { describe, expect, it } from 'vitest';
import { recordEvent } from '../src/events/record-event';
import { useTestApi } from './support';

const api = useTestApi();

describe('recordEvent', () => {
  it('refuses to write outside a transaction', async () => {
    await expect(
      recordEvent(
        api.database.db,
        { id: null },
        {
          aggregateType: 'meeting',
          aggregateId: 'x',
          eventType: 'MeetingLogged',
          payload: {},
        },
      ),
    ).rejects.toThrow(/inside a transaction/);
  });

  it('rolls back with the transaction it belongs to', async () => {
    await expect(
      api.database.db.transaction().execute(async (trx) => {
        await recordEvent(
          trx,
          { id: null },
          {
            aggregateType: 'meeting',
            aggregateId: 'rolled-back',
            eventType: 'MeetingLogged',
            payload: {},
          },
        );
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    const rows = await api.database.db
      .selectFrom('events')
      .select('id')
      .where('aggregateId', '=', 'rolled-back')
      .execute();
    expect(rows).toHaveLength(0);
  });
});
