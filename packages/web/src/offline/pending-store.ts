import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/** The four changes staff make in the field that may wait on the device (issue 20). */
export type PendingProcedure =
  | 'actionItems.reportProgress'
  | 'actionItems.comment'
  | 'actionItems.submitEvidence'
  | 'meetings.recordAttendance';

export type PendingState = 'waiting' | 'sending' | 'conflict' | 'failed';

/** A photo chosen offline, kept as a Blob until it is uploaded; then its file id is remembered. */
export interface PendingFile {
  name: string;
  blob: Blob;
  fileId: string | null;
}

export interface PendingChange {
  /** The idempotency key: made when the person pressed Save, sent with every attempt. */
  id: string;
  /** Whose change it is: sent only in that person's session. */
  userId: string;
  procedure: PendingProcedure;
  /** The record it changes (an action item or a meeting). */
  recordId: string;
  /** The procedure's input, key included; the version in it is the one the person saw. */
  input: Record<string, unknown> & { idempotencyKey: string };
  /** "Progres 60% · Pendataan menara": what the person sees in the list of waiting changes. */
  label: string;
  files: PendingFile[];
  createdAt: string;
  state: PendingState;
  /** The server's words for a refusal (state failed or conflict). */
  message: string | null;
}

/** The few operations the queue needs; tests hand in a Map-backed one (happy-dom has no IndexedDB). */
export interface PendingStore {
  all(): Promise<PendingChange[]>;
  put(change: PendingChange): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * A database of its own, apart from the offline copy of pages (`tindak-offline`), which is cleared
 * on sign-out: a change waiting for its owner's next sign-in must survive that.
 */
export function indexedDbPendingStore(): PendingStore {
  let store: UseStore | undefined;
  const use = () => {
    store ??= createStore('tindak-pending', 'changes');
    return store;
  };
  return {
    all: async () => (await entries<string, PendingChange>(use())).map(([, change]) => change),
    put: (change) => set(change.id, change, use()),
    remove: (id) => del(id, use()),
  };
}

export function memoryPendingStore(): PendingStore {
  const changes = new Map<string, PendingChange>();
  return {
    all: async () => [...changes.values()],
    put: async (change) => {
      // A copy, as IndexedDB keeps one: later changes to the object do not reach the store.
      changes.set(change.id, {
        ...change,
        input: { ...change.input },
        files: change.files.map((f) => ({ ...f })),
      });
    },
    remove: async (id) => {
      changes.delete(id);
    },
  };
}
