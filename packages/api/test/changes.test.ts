import { describe, expect, it } from 'vitest';
import { changedFields } from '../src/services/changes';

describe('changedFields', () => {
  it('names only the listed fields that differ, each as { from, to }, in the order listed', () => {
    const before = { title: 'Lama', place: 'Jambi', summary: null, secret: 'a' };
    const after = { title: 'Baru', place: 'Jambi', summary: 'Ringkas', secret: 'b' };
    const changes = changedFields(before, after, ['summary', 'title', 'place']);
    expect(changes).toEqual({ summary: { from: null, to: 'Ringkas' }, title: { from: 'Lama', to: 'Baru' } });
    expect(Object.keys(changes)).toEqual(['summary', 'title']);
  });

  it('compares dates by the instant they hold', () => {
    const startsAt = new Date('2026-12-01T02:00:00Z');
    const same = changedFields({ startsAt }, { startsAt: new Date(startsAt.getTime()) }, ['startsAt']);
    expect(same).toEqual({});
    const later = new Date('2026-12-01T03:00:00Z');
    expect(changedFields({ startsAt }, { startsAt: later }, ['startsAt'])).toEqual({
      startsAt: { from: startsAt, to: later },
    });
  });
});
