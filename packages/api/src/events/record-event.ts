import { type Database, queues } from '@tindak/db';
import { sql } from 'kysely';
import type { Actor } from '../context';
import { enqueue } from '../jobs/enqueue';
import { notifyingEvents } from '../notifications/notifying-events';

export type AggregateType =
  | 'meeting'
  | 'organization'
  | 'person'
  | 'region'
  | 'action_item'
  | 'proposal'
  | 'commitment'
  | 'file'
  | 'user';

export interface DomainEvent {
  aggregateType: AggregateType;
  aggregateId: string;
  eventType: string;
  payload: Record<string, unknown>;
  /**
   * For action items: the regions whose items the change touches (both, when an item moves). They
   * are announced, not stored, so that the dashboard's per-region counts (services/completion-cache)
   * drop exactly those; an empty list says no count changed (a comment). Left out, every cached
   * count is dropped.
   */
  regions?: (string | null)[];
}

/** The PostgreSQL channel every recorded event is announced on (delivered only on commit). */
export const EVENTS_CHANNEL = 'tindak_events';

/**
 * Appends to the domain event log. It refuses to run outside a transaction, so an event can never
 * be written without the state change it describes (or the other way round). In the same
 * transaction it announces the event for live updates (NOTIFY is delivered only if the
 * transaction commits) and, for events that notify people, enqueues the job that does.
 */
export async function recordEvent(trx: Database, actor: Actor, event: DomainEvent): Promise<number> {
  if (!trx.isTransaction) {
    throw new Error(`recordEvent(${event.eventType}) must run inside a transaction`);
  }
  const row = await trx
    .insertInto('events')
    .values({
      actorId: actor.id,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      eventType: event.eventType,
      payload: JSON.stringify(event.payload),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const announcement = JSON.stringify({
    id: row.id,
    eventType: event.eventType,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    ...(event.regions ? { regions: [...new Set(event.regions)] } : {}),
  });
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${announcement})`.execute(trx);
  if (notifyingEvents.has(event.eventType)) {
    await enqueue(trx, queues.notify, { eventId: row.id });
  }
  return row.id;
}
