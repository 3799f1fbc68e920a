import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import { OFFLINE_DATABASE } from './persist-scope';

/** The few operations the offline copy needs; tests hand in a Map-backed one (no IndexedDB there). */
export interface OfflineStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Drops everything kept on the device, every user's. */
  clear(): Promise<void>;
}

/** A database of its own, so clearing it can never touch anything else the app keeps in IndexedDB. */
export function indexedDbStore(): OfflineStore {
  let store: UseStore | undefined;
  const use = () => {
    store ??= createStore(OFFLINE_DATABASE, 'queries');
    return store;
  };
  return {
    get: (key) => get(key, use()),
    set: (key, value) => set(key, value, use()),
    clear: () => clear(use()),
  };
}
