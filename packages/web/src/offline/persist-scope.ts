import type { QueryKey } from '@tanstack/react-query';

/**
 * What is kept on the device for reading offline: who is signed in (the shell needs it), Beranda
 * (its own data and the sections it draws), the follow-up list and the meeting list. Nothing else:
 * the device may be an office computer several people use, so we keep only what these pages need.
 */
const persistedPaths = new Set([
  'auth.me',
  'dashboard.home',
  'indicators.offTarget',
  'regions.national',
  'actionItems.list',
  'meetings.list',
]);

/** The IndexedDB database holding the copy (persist-store.ts), and nothing else. */
export const OFFLINE_DATABASE = 'tindak-offline';

/** A copy older than a week is more misleading than useful, and a forgotten device should not keep it. */
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Paging and order only: a list asked for with these and nothing else is the plain, unfiltered one. */
const unfilteredListInputs = new Set(['limit', 'sort', 'groupDirectives', 'cursor']);

/** Paths whose copy lives as long as the copy on the device, so memory never drops what the device keeps. */
export const persistedPathKeys: readonly string[][] = [...persistedPaths].map((path) => path.split('.'));

/** "dashboard.home" for tRPC's `[['dashboard', 'home'], { input, type }]`; null for any other key. */
export function queryPath(queryKey: QueryKey): string | null {
  const [path] = queryKey;
  if (!Array.isArray(path) || !path.every((part) => typeof part === 'string')) return null;
  return path.join('.');
}

function queryInput(queryKey: QueryKey): unknown {
  const options = queryKey[1];
  return typeof options === 'object' && options !== null && 'input' in options ? options.input : undefined;
}

/** Whether a query is one that is kept on the device (a filtered list is not: only the plain one). */
export function isPersistedQuery(queryKey: QueryKey): boolean {
  const path = queryPath(queryKey);
  if (path === null || !persistedPaths.has(path)) return false;
  if (!path.endsWith('.list')) return true;
  const input = queryInput(queryKey);
  if (input === undefined) return true;
  if (typeof input !== 'object' || input === null) return false;
  return Object.entries(input).every(
    ([name, value]) => value === undefined || unfilteredListInputs.has(name),
  );
}

export function isSessionQuery(queryKey: QueryKey): boolean {
  return queryPath(queryKey) === 'auth.me';
}
