import type { Database } from '@tindak/db';
import type { DomainEventView } from '@tindak/shared';
import { sql } from 'kysely';
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

/** Events after `afterId`, oldest first: what a live stream missed while it was away. */
export function listEventsAfter(db: Database, afterId: number, limit: number) {
  return db
    .selectFrom('events')
    .select(['id', 'eventType', 'aggregateType', 'aggregateId'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The id of the latest event (0 when there is none). */
export async function latestEventId(db: Database): Promise<number> {
  const latest = await sql<{ id: number | null }>`select max(id)::int as id from events`.execute(db);
  return latest.rows[0]?.id ?? 0;
}
