import type { LiveBus } from '../live/event-bus';

/**
 * The completion picture of a head's scope (per-office cells and the 12-week trend) kept in the
 * API process until an item in that scope changes. Counting a province's 12,500 items is most of
 * the Beranda's database time, and the answer stays the same between changes: every head of the
 * province, and every reload, shares one count.
 *
 * It is only as right as the events that drop it, so it serves only while the live bus is
 * listening: every committed change to an action item is announced with the regions it touched
 * (recordEvent), and the entries of those regions and their ancestors are dropped before any page
 * hears of it. While the bus is down, and under a new connection until entries are loaded again
 * (events may have been missed in between), every request counts afresh. Entries are per calendar
 * day (overdue is counted against today), and the least recently used go beyond `maxEntries`.
 *
 * A read that starts before a change commits may still return the counts from just before it; the
 * change's own announcement then refreshes the page (live updates), which reads afresh.
 */
export interface CompletionCache {
  /** The region's entry for `today`, loaded with `load` when absent (one load for concurrent reads). */
  get<T>(region: string | null, today: string, load: () => Promise<T>): Promise<T>;
  /** Entries held now (for tests and the benchmark). */
  size(): number;
}

export interface CompletionCacheOptions {
  maxEntries?: number;
}

/** Events of these kinds change counts or the names beside them; without regions, all entries go. */
const COUNTED = new Set(['action_item', 'organization', 'region']);

export function createCompletionCache(bus: LiveBus, options: CompletionCacheOptions = {}): CompletionCache {
  const { maxEntries = 2000 } = options;
  const entries = new Map<string, { region: string | null; value: Promise<unknown> }>();
  let epoch: number | null = null;

  bus.onEvent((event) => {
    if (!COUNTED.has(event.aggregateType)) return;
    const regions = event.aggregateType === 'action_item' ? event.regions : undefined;
    if (!regions) {
      entries.clear();
      return;
    }
    for (const [key, entry] of entries) {
      if (regions.some((code) => covers(entry.region, code))) entries.delete(key);
    }
  });

  return {
    get<T>(region: string | null, today: string, load: () => Promise<T>): Promise<T> {
      const now = bus.epoch();
      if (now === null) return load();
      if (now !== epoch) {
        entries.clear();
        epoch = now;
      }
      const key = `${region ?? '*'}|${today}`;
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found); // most recently used last
        return found.value as Promise<T>;
      }
      const entry = { region, value: load() as Promise<unknown> };
      entries.set(key, entry);
      // A failed load is not kept: the next read tries again.
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return entry.value as Promise<T>;
    },
    size: () => entries.size,
  };
}

/** Whether a scope region sees items of a region code (null scope: the whole country). */
export function covers(scope: string | null, code: string | null): boolean {
  if (scope === null) return true;
  return code !== null && (code === scope || code.startsWith(`${scope}.`));
}
