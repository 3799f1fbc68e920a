import type { z } from 'zod';
import { fileEvents, organizationEvents, personEvents, userEvents } from './account-events';
import { actionItemEvents } from './action-item-events';
import { agreementEvents } from './agreement-events';
import { commitmentEvents } from './commitment-events';
import { directiveEvents } from './directive-events';
import { indicatorEvents } from './indicator-events';
import { meetingLetterEvents } from './letter-events';
import { meetingEvents } from './meeting-events';
import { proposalEvents } from './proposal-events';

/**
 * Every domain event, by the aggregate it belongs to: its type and the zod schema of its payload.
 * recordEvent accepts only these (checked at compile time, and at run time against the schema); the
 * notification rules and the history views read payloads through the same schemas. Payloads are
 * stored as they were recorded, so a schema changes only in ways that still read the rows already
 * written (add optional fields; never rename or retype one).
 */
export const eventCatalogue = {
  meeting: { ...meetingEvents, ...meetingLetterEvents },
  action_item: actionItemEvents,
  proposal: proposalEvents,
  commitment: commitmentEvents,
  user: userEvents,
  person: personEvents,
  organization: organizationEvents,
  file: fileEvents,
  indicator: indicatorEvents,
  agreement: agreementEvents,
  directive: directiveEvents,
  /** Regions change only through the regions file at start-up, which records no events. */
  region: {},
} as const;

const payloadSchemas = {
  ...meetingEvents,
  ...meetingLetterEvents,
  ...actionItemEvents,
  ...proposalEvents,
  ...commitmentEvents,
  ...userEvents,
  ...personEvents,
  ...organizationEvents,
  ...fileEvents,
  ...indicatorEvents,
  ...agreementEvents,
  ...directiveEvents,
};
type PayloadSchemas = typeof payloadSchemas;

type Catalogue = typeof eventCatalogue;
export type AggregateType = keyof Catalogue;
export type EventType = keyof PayloadSchemas;
export type EventTypeOf<A extends AggregateType> = keyof Catalogue[A] & EventType;

/** A payload as stored and read back (JSON: dates are ISO strings). */
export type EventPayload<T extends EventType> = z.output<PayloadSchemas[T]>;
/** A payload as a service hands it to recordEvent (a Date where the stored one has its ISO string). */
export type EventPayloadInput<T extends EventType> = z.input<PayloadSchemas[T]>;
/** The same, named by aggregate, for helpers that record several events of one aggregate. */
export type AggregatePayloadInput<A extends AggregateType, T extends EventTypeOf<A>> = z.input<
  Catalogue[A][T] & z.ZodType
>;

/** A stored event, typed: narrowing on `eventType` gives its payload's type. */
export type DomainEvent = { [T in EventType]: { eventType: T; payload: EventPayload<T> } }[EventType];

export const eventTypes = Object.keys(payloadSchemas) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(payloadSchemas, value);
}

/** The schema of one event type's payload. */
export function eventPayloadSchema(eventType: EventType): z.ZodType {
  return payloadSchemas[eventType];
}

/**
 * Reads a stored event through the catalogue, for views that show whatever history there is: null
 * for an event type they do not know or a payload that does not fit its schema.
 */
export function parseDomainEvent(event: { eventType: string; payload: unknown }): DomainEvent | null {
  if (!isEventType(event.eventType)) return null;
  const parsed = eventPayloadSchema(event.eventType).safeParse(event.payload);
  return parsed.success ? ({ eventType: event.eventType, payload: parsed.data } as DomainEvent) : null;
}

/**
 * Reads a stored event that must be well formed (the notification rules act on it): an unknown
 * type or a payload that does not fit its schema is an error, not something to guess around.
 */
export function readDomainEvent(event: { eventType: string; payload: unknown }): DomainEvent {
  if (!isEventType(event.eventType)) throw new Error(`Unknown event type ${event.eventType}`);
  const payload = eventPayloadSchema(event.eventType).parse(event.payload);
  return { eventType: event.eventType, payload } as DomainEvent;
}
