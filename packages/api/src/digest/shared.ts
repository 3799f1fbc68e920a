import type { Language } from '@tindak/shared';
import { createPieceCache, type Piece, type PieceCache } from '../mail/pieces';
import { renderDigestScopeSections } from '../mail/render';
import type { ScopeSections, ShareRead } from './compose';

/**
 * The scope sections of a region (commitments, proposals, meetings, indicators), read and rendered once for
 * everyone who shares them while a weekly tick is mailed. They are most of a digest: without this,
 * the worker read and rendered the same few hundred rows for each of a region's readers.
 *
 * Readers share an entry when they have the same scope region, time zone and week. An entry is
 * used for `ttlMs` after it was read, so a digest may show those sections as they were up to that
 * long before it was composed, as if the region's digests had been composed together. The tick
 * queues a region's readers one after another (weekly.ts), so only a few entries are in use at
 * once; the least recently used go beyond `maxEntries`. Concurrent readers of an entry wait for one
 * read; a failed read is not kept.
 */
export interface ScopeEntry {
  sections: ScopeSections;
  /** The sections rendered in a language (once per language), null when all three are empty. */
  fragment(lang: Language): Promise<Piece | null>;
}

export interface DigestSharing {
  scope(key: string, timeZone: string, read: () => Promise<ScopeSections>): Promise<ScopeEntry>;
  /**
   * What readers who see their scope region's items rather than their own (heads, viewers, admins)
   * share: their item lists and a head's table by region, the same for all with one region, time
   * zone and week (compose.ts); and an office's part of its staff's lists.
   */
  items: ShareRead;
  /** Rows of readers' own sections rendered so far (an office's open items, for all its staff). */
  rows: PieceCache;
}

export interface DigestSharingOptions {
  ttlMs?: number;
  maxEntries?: number;
  /** Rendered rows kept (about 1.5 KB each). */
  maxRows?: number;
  now?: () => number;
}

export function createDigestSharing(options: DigestSharingOptions = {}): DigestSharing {
  const { ttlMs = 2 * 60_000, maxEntries = 16, maxRows = 4000, now = Date.now } = options;
  const scopes = createSharedReads<ScopeEntry>(ttlMs, maxEntries, now);
  // Values of several kinds, each under keys of its own (compose.ts names them).
  // An office's part of its staff's lists is a few ids: room for a region's offices besides.
  const items = createSharedReads<unknown>(ttlMs, maxEntries * 4, now);
  return {
    rows: createPieceCache(maxRows),
    scope: (key, timeZone, read) =>
      scopes(key, () =>
        read().then((sections): ScopeEntry => {
          const fragments = new Map<Language, Promise<Piece | null>>();
          return {
            sections,
            fragment(lang) {
              let fragment = fragments.get(lang);
              if (!fragment) {
                fragment = renderDigestScopeSections(sections, lang, timeZone);
                fragments.set(lang, fragment);
              }
              return fragment;
            },
          };
        }),
      ),
    items: <T>(key: string, read: () => Promise<T>) => items(key, read) as Promise<T>,
  };
}

/**
 * Reads shared by key for `ttlMs` after they began: concurrent callers wait for one read, the
 * least recently used keys go beyond `maxEntries`, and a failed read is not kept.
 */
function createSharedReads<T>(ttlMs: number, maxEntries: number, now: () => number) {
  const entries = new Map<string, { readAt: number; entry: Promise<T> }>();
  return (key: string, read: () => Promise<T>): Promise<T> => {
    const at = now();
    const found = entries.get(key);
    entries.delete(key);
    if (found && at - found.readAt < ttlMs) {
      entries.set(key, found); // most recently used last
      return found.entry;
    }
    const entry = read();
    const record = { readAt: at, entry };
    entries.set(key, record);
    entry.catch(() => {
      if (entries.get(key) === record) entries.delete(key);
    });
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
    return entry;
  };
}
