import { describe, expect, it } from 'vitest';
import { eventCatalogue, eventPayloadSchema, eventTypes, parseDomainEvent, readDomainEvent } from '../src';

const delegated = {
  step: 2,
  from: { organizationId: 'office-a', personId: null },
  to: { organizationId: 'office-b', personId: 'person-b' },
  instruction: 'Mohon ditindaklanjuti',
};

describe('the event catalogue', () => {
  it('names each event type once, under one aggregate', () => {
    const perAggregate = Object.values(eventCatalogue).flatMap((events) => Object.keys(events));
    expect(new Set(perAggregate).size).toBe(perAggregate.length);
    expect([...eventTypes].sort()).toEqual([...perAggregate].sort());
  });

  it('reads a stored event into its typed payload', () => {
    const event = parseDomainEvent({ eventType: 'ActionItemDelegated', payload: delegated });
    expect(event).toEqual({ eventType: 'ActionItemDelegated', payload: delegated });
    // Narrowing on the type gives the payload's fields, no casts.
    if (event?.eventType === 'ActionItemDelegated') expect(event.payload.to.personId).toBe('person-b');
  });

  it('reads a stored date as its ISO string, and takes a Date when recording', () => {
    const schema = eventPayloadSchema('MeetingLogged');
    const payload = {
      type: 'forum',
      title: 'Forum Perangkat Daerah',
      startsAt: '2024-05-02T01:00:00.000Z',
      endsAt: new Date('2024-05-02T05:00:00.000Z'),
      timeZone: 'Asia/Jakarta',
      place: 'Jambi',
      onlineUrl: null,
      hostOrganizationId: 'office-a',
      summary: null,
      participants: [],
    };
    expect(schema.parse(payload)).toMatchObject({
      startsAt: '2024-05-02T01:00:00.000Z',
      endsAt: '2024-05-02T05:00:00.000Z',
    });
  });

  it('gives views null for an unknown type or a payload that does not fit', () => {
    expect(parseDomainEvent({ eventType: 'SomethingElse', payload: {} })).toBeNull();
    expect(parseDomainEvent({ eventType: 'ActionItemDelegated', payload: { step: 'two' } })).toBeNull();
  });

  it('makes readers that act on an event fail loudly on the same', () => {
    expect(() => readDomainEvent({ eventType: 'SomethingElse', payload: {} })).toThrow(/SomethingElse/);
    expect(() => readDomainEvent({ eventType: 'ActionItemDelegated', payload: {} })).toThrow();
    expect(readDomainEvent({ eventType: 'SignedOut', payload: {} })).toEqual({
      eventType: 'SignedOut',
      payload: {},
    });
  });
});
