import type { Database } from '@tindak/db';
import type { DomainEventView } from '@tindak/shared';
import type { AggregateType } from '../events/record-event';

export async function listEventsFor(
  db: Database,
  aggregateType: AggregateType,
  aggregateId: string,
  limit = 100,
): Promise<DomainEventView[]> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'occurredAt', 'actorId', 'eventType', 'payload'])
    .where('aggregateType', '=', aggregateType)
    .where('aggregateId', '=', aggregateId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt.toISOString(),
    actorId: r.actorId,
    eventType: r.eventType,
    payload: (r.payload ?? {}) as Record<string, unknown>,
  }));
}
