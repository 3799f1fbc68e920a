import type { EventPayloadInput } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { recordEvent } from '../src/events/record-event';
import { useTestApi } from './support';

const api = useTestApi();

const logged: EventPayloadInput<'MeetingLogged'> = {
  type: 'rakornis',
  title: 'Rakornis Kominfo',
  startsAt: new Date('2025-11-03T02:00:00.000Z'),
  endsAt: new Date('2025-11-03T06:00:00.000Z'),
  timeZone: 'Asia/Jakarta',
  place: null,
  onlineUrl: null,
  hostOrganizationId: '00000000-0000-4000-8000-000000000001',
  summary: null,
  participants: [{ personId: null, guestName: 'Tamu', role: 'participant', attendance: 'invited' }],
};

async function storedPayloads(aggregateId: string) {
  const rows = await api.database.db
    .selectFrom('events')
    .select('payload')
    .where('aggregateId', '=', aggregateId)
    .execute();
  return rows.map((r) => r.payload);
}

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
          payload: logged,
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
            payload: logged,
          },
        );
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await storedPayloads('rolled-back')).toHaveLength(0);
  });

  it('stores the payload as the JSON it was given (dates as ISO strings)', async () => {
    await api.database.db
      .transaction()
      .execute((trx) =>
        recordEvent(
          trx,
          { id: null },
          { aggregateType: 'meeting', aggregateId: 'stored', eventType: 'MeetingLogged', payload: logged },
        ),
      );
    expect(await storedPayloads('stored')).toEqual([
      { ...logged, startsAt: '2025-11-03T02:00:00.000Z', endsAt: '2025-11-03T06:00:00.000Z' },
    ]);
  });

  it('refuses a payload that does not fit the catalogue, writing nothing', async () => {
    // What the types stop at compile time, the schema stops at run time (a cast, a spread from elsewhere).
    const wrong = { ...logged, title: 42 } as unknown as EventPayloadInput<'MeetingLogged'>;
    await expect(
      api.database.db
        .transaction()
        .execute((trx) =>
          recordEvent(
            trx,
            { id: null },
            { aggregateType: 'meeting', aggregateId: 'misfit', eventType: 'MeetingLogged', payload: wrong },
          ),
        ),
    ).rejects.toThrow(/MeetingLogged.*does not fit the event catalogue/);
    expect(await storedPayloads('misfit')).toHaveLength(0);
  });

  it('takes only catalogue event types, on their aggregate, with their payload (compile time)', () => {
    // Never run: the point is that tsc (the typecheck of this file) rejects each call.
    const typeChecksOnly = (trx: Parameters<typeof recordEvent>[0]) => [
      recordEvent(
        trx,
        { id: null },
        {
          aggregateType: 'meeting',
          aggregateId: 'x',
          // @ts-expect-error an event type the catalogue does not have
          eventType: 'MeetingLoged',
          payload: logged,
        },
      ),
      recordEvent(
        trx,
        { id: null },
        {
          aggregateType: 'meeting',
          aggregateId: 'x',
          eventType: 'MeetingLogged',
          // @ts-expect-error a payload without the event's fields
          payload: {},
        },
      ),
      recordEvent(
        trx,
        { id: null },
        {
          aggregateType: 'action_item',
          aggregateId: 'x',
          eventType: 'CommentAdded',
          // @ts-expect-error a field of the wrong type
          payload: { commentId: 'c', body: 3 },
        },
      ),
      recordEvent(
        trx,
        { id: null },
        {
          aggregateType: 'user',
          aggregateId: 'x',
          // @ts-expect-error an event type recorded on another aggregate
          eventType: 'CommentAdded',
          // @ts-expect-error (and so no payload fits)
          payload: { commentId: 'c', body: 'b' },
        },
      ),
    ];
    expect(typeof typeChecksOnly).toBe('function');
  });
});
