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
    .selectFrom('events as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .select(['e.id', 'e.occurredAt', 'e.actorId', 'u.displayName as actorName', 'e.eventType', 'e.payload'])
    .where('e.aggregateType', '=', aggregateType)
    .where('e.aggregateId', '=', aggregateId)
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    eventType: r.eventType,
    payload: (r.payload ?? {}) as Record<string, unknown>,
  }));
}
