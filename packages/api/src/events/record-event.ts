import { type Database, queues } from '@tindak/db';
import {
  type AggregatePayloadInput,
  type AggregateType,
  type EventTypeOf,
  eventPayloadSchema,
} from '@tindak/shared';
import { sql } from 'kysely';
import type { Actor } from '../context';
import { enqueue } from '../jobs/enqueue';
import { notifyingEvents } from '../notifications/notifying-events';

export type { AggregateType } from '@tindak/shared';

/** An event to record: a type from the catalogue in @tindak/shared, on its aggregate, with its payload. */
export interface NewEvent<A extends AggregateType, T extends EventTypeOf<A>> {
  aggregateType: A;
  aggregateId: string;
  eventType: T;
  payload: AggregatePayloadInput<A, T>;
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
 *
 * The payload is checked against the catalogue's schema on every call, in production too: the
 * types already hold at compile time, this catches what they cannot see (a value cast or spread in
 * from elsewhere), and it costs microseconds next to the insert (docs/decisions.md, "Typed events").
 */
export async function recordEvent<A extends AggregateType, T extends EventTypeOf<A>>(
  trx: Database,
  actor: Actor,
  event: NewEvent<A, T>,
): Promise<number> {
  if (!trx.isTransaction) {
    throw new Error(`recordEvent(${event.eventType}) must run inside a transaction`);
  }
  const checked = eventPayloadSchema(event.eventType).safeParse(event.payload);
  if (!checked.success) {
    throw new Error(
      `recordEvent(${event.eventType}): the payload does not fit the event catalogue: ${checked.error.message}`,
    );
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
