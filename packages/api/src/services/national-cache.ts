/**
 * The national overview (every province side by side and the country's totals) kept for a short
 * while in the API process. It counts every record in the country on each request: about 2 s of
 * database time at national scale (docs/benchmarks.md), while a national office reads it as an
 * overview, not a live list. Unlike a head's completion counts (completion-cache.ts), dropping it
 * on each change would not help: somewhere in 38 provinces something changes every few seconds.
 *
 * So each answer is kept for `ttlMs` and says when it was counted (`countedAt`, shown on the
 * page). Concurrent readers share one count in flight; a failed count is not kept.
 */
export interface NationalCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function createNationalCache(ttlMs: number, now: () => number = Date.now): NationalCache {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const found = entries.get(key);
      if (found && now() - found.at < ttlMs) return found.value as Promise<T>;
      // Keys are a calendar day and a "since" date: old days are never asked for again.
      for (const [old, entry] of entries) if (now() - entry.at >= ttlMs) entries.delete(old);
      const value = load();
      entries.set(key, { at: now(), value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
  };
}
