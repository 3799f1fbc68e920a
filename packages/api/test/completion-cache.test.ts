import { describe, expect, it } from 'vitest';
import type { Announcement, LiveBus } from '../src/live/event-bus';
import { covers, createCompletionCache } from '../src/services/completion-cache';

/** A bus that announces what the test says, with an epoch the test moves. */
function fakeBus() {
  const handlers: ((event: Announcement) => void)[] = [];
  let epoch: number | null = 1;
  let nextId = 1;
  const bus: LiveBus = {
    listen: () => (async function* () {})(),
    onEvent: (handler) => void handlers.push(handler),
    epoch: () => epoch,
    close: async () => {},
  };
  return {
    bus,
    announce(event: Omit<Announcement, 'id' | 'eventType' | 'aggregateId'>) {
      for (const handler of handlers)
        handler({ id: nextId++, eventType: 'Changed', aggregateId: 'x', ...event });
    },
    setEpoch(value: number | null) {
      epoch = value;
    },
  };
}

/** A loader that counts its calls and answers with that count. */
function counter() {
  let calls = 0;
  return { load: async () => ++calls, calls: () => calls };
}

const TODAY = '2026-11-25';

describe('completion cache', () => {
  it('counts a scope once until a change there', async () => {
    const { bus } = fakeBus();
    const cache = createCompletionCache(bus);
    const jambi = counter();
    expect(await cache.get('15', TODAY, jambi.load)).toBe(1);
    expect(await cache.get('15', TODAY, jambi.load)).toBe(1);
    expect(jambi.calls()).toBe(1);
    // Another day is counted afresh (overdue depends on today).
    expect(await cache.get('15', '2026-11-26', jambi.load)).toBe(2);
  });

  it('drops the scopes that see a changed item: its region, its province, the country', async () => {
    const { bus, announce } = fakeBus();
    const cache = createCompletionCache(bus);
    const scopes = ['15', '15.01', '15.09', '16', null] as const;
    const loads = new Map(scopes.map((scope) => [scope, counter()]));
    const loaderOf = (scope: (typeof scopes)[number]) => {
      const loader = loads.get(scope);
      if (!loader) throw new Error(`no loader for ${scope}`);
      return loader;
    };
    const read = (scope: (typeof scopes)[number]) => cache.get(scope, TODAY, loaderOf(scope).load);
    for (const scope of scopes) await read(scope);

    announce({ aggregateType: 'action_item', regions: ['15.01.02'] });
    for (const scope of scopes) await read(scope);
    expect(scopes.map((scope) => loaderOf(scope).calls())).toEqual([2, 2, 1, 1, 2]);

    // A hand-down from Kerinci to Tebo touches both.
    announce({ aggregateType: 'action_item', regions: ['15.01', '15.09'] });
    for (const scope of scopes) await read(scope);
    expect(scopes.map((scope) => loaderOf(scope).calls())).toEqual([3, 3, 2, 1, 3]);

    // An item without a region counts only nationally; a comment changes no count.
    announce({ aggregateType: 'action_item', regions: [null] });
    announce({ aggregateType: 'action_item', regions: [] });
    for (const scope of scopes) await read(scope);
    expect(scopes.map((scope) => loaderOf(scope).calls())).toEqual([3, 3, 2, 1, 4]);
  });

  it('drops everything on an item event without regions, and on office or region changes', async () => {
    const { bus, announce } = fakeBus();
    const cache = createCompletionCache(bus);
    const jambi = counter();
    await cache.get('15', TODAY, jambi.load);
    announce({ aggregateType: 'meeting' });
    announce({ aggregateType: 'proposal' });
    await cache.get('15', TODAY, jambi.load);
    expect(jambi.calls()).toBe(1);
    for (const aggregateType of ['organization', 'region', 'action_item']) {
      announce({ aggregateType });
      await cache.get('15', TODAY, jambi.load);
    }
    expect(jambi.calls()).toBe(4);
  });

  it('counts afresh while the bus is down, and forgets what it held when it reconnects', async () => {
    const { bus, setEpoch } = fakeBus();
    const cache = createCompletionCache(bus);
    const jambi = counter();
    await cache.get('15', TODAY, jambi.load);
    setEpoch(null);
    await cache.get('15', TODAY, jambi.load);
    await cache.get('15', TODAY, jambi.load);
    expect(jambi.calls()).toBe(3);
    setEpoch(2);
    expect(await cache.get('15', TODAY, jambi.load)).toBe(4);
    expect(await cache.get('15', TODAY, jambi.load)).toBe(4);
  });

  it('shares one load between concurrent reads, and does not keep a failed one', async () => {
    const { bus } = fakeBus();
    const cache = createCompletionCache(bus);
    let calls = 0;
    let fail = true;
    const load = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (fail) throw new Error('database went away');
      return calls;
    };
    const first = await Promise.allSettled([cache.get('15', TODAY, load), cache.get('15', TODAY, load)]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    fail = false;
    expect(await cache.get('15', TODAY, load)).toBe(2);
    expect(cache.size()).toBe(1);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const { bus } = fakeBus();
    const cache = createCompletionCache(bus, { maxEntries: 2 });
    const loads = { a: counter(), b: counter(), c: counter() };
    await cache.get('15', TODAY, loads.a.load);
    await cache.get('16', TODAY, loads.b.load);
    await cache.get('15', TODAY, loads.a.load); // 15 is now the most recent
    await cache.get('17', TODAY, loads.c.load); // 16 goes
    await cache.get('15', TODAY, loads.a.load);
    await cache.get('16', TODAY, loads.b.load);
    expect([loads.a.calls(), loads.b.calls(), loads.c.calls()]).toEqual([1, 2, 1]);
    expect(cache.size()).toBe(2);
  });

  it('knows which scope sees which region code', () => {
    expect(covers(null, null)).toBe(true);
    expect(covers(null, '15.01')).toBe(true);
    expect(covers('15', '15')).toBe(true);
    expect(covers('15', '15.01.02')).toBe(true);
    expect(covers('15', '150')).toBe(false);
    expect(covers('15', null)).toBe(false);
    expect(covers('15.01', '15')).toBe(false);
  });
});
