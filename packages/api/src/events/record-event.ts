import type { Database } from '@tindak/db';
import type { Actor } from '../context';

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
}

/**
 * Appends to the domain event log. It refuses to run outside a transaction, so an event can never
 * be written without the state change it describes (or the other way round).
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
  return row.id;
}
