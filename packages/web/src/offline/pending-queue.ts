import type { PendingChange, PendingFile, PendingStore } from './pending-store';

/** How a failed send is treated: try again later, ask the person, or show the refusal. */
export type SendFailure =
  | { kind: 'network' }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };

export interface PendingSender {
  /**
   * Sends one change (uploading its photos first, reporting each upload so a retry does not upload
   * again); answers the record's version after the change, or null for a change without one.
   */
  send(change: PendingChange, uploaded: (files: PendingFile[]) => Promise<void>): Promise<number | null>;
  classify(error: unknown): SendFailure;
}

export interface PendingQueueOptions {
  store: PendingStore;
  sender: PendingSender;
  /** After a change reached the server: the pages showing its record fetch it again. */
  onSent?: (change: PendingChange) => void;
}

const blocking = new Set(['conflict', 'failed']);

/**
 * The changes waiting on this device, oldest first. Sending is one at a time, in the order they were
 * made, so a person's second change to a record lands after their first; a change refused by the
 * server stays, marked, until the person decides (never dropped silently), and holds back the later
 * changes to the same record, which were made on top of it.
 */
export class PendingQueue {
  private changes: PendingChange[] = [];
  private listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private readonly options: PendingQueueOptions;

  constructor(options: PendingQueueOptions) {
    this.options = options;
  }

  async load(): Promise<void> {
    const stored = await this.options.store.all();
    // A send cut off by closing the page is waiting again: its key makes a second send harmless.
    this.changes = stored
      .map((change) => (change.state === 'sending' ? { ...change, state: 'waiting' as const } : change))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same array until something changes (for useSyncExternalStore). */
  snapshot = (): readonly PendingChange[] => this.changes;

  async add(change: PendingChange): Promise<void> {
    await this.options.store.put(change);
    this.changes = [...this.changes, change];
    this.emit();
  }

  /** Only after the person chose "discard": the change is gone for good. */
  async discard(id: string): Promise<void> {
    await this.options.store.remove(id);
    this.changes = this.changes.filter((c) => c.id !== id);
    this.emit();
  }

  /** "Send again on the latest version": the person has seen what the server has now. */
  async retry(id: string, version: number | null): Promise<void> {
    const change = this.changes.find((c) => c.id === id);
    if (!change) return;
    const input = version === null ? change.input : { ...change.input, version };
    await this.update({ ...change, input, state: 'waiting', message: null });
  }

  /** Sends this user's waiting changes; a second call while one runs waits for it instead. */
  drain(userId: string): Promise<void> {
    this.running ??= this.sendAll(userId).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sendAll(userId: string): Promise<void> {
    for (;;) {
      const next = this.nextToSend(userId);
      if (!next) return;
      const carryOn = await this.sendOne(next);
      if (!carryOn) return;
    }
  }

  private nextToSend(userId: string): PendingChange | undefined {
    const held = new Set<string>();
    for (const change of this.changes) {
      if (change.userId !== userId) continue;
      if (blocking.has(change.state)) held.add(change.recordId);
      else if (change.state === 'waiting' && !held.has(change.recordId)) return change;
    }
    return undefined;
  }

  /** False when the connection is gone: the rest waits for the next chance. */
  private async sendOne(change: PendingChange): Promise<boolean> {
    let current = { ...change, state: 'sending' as const };
    await this.update(current);
    try {
      const version = await this.options.sender.send(current, async (files) => {
        current = { ...current, files };
        await this.update(current);
      });
      await this.options.store.remove(change.id);
      this.changes = this.changes.filter((c) => c.id !== change.id);
      await this.rebase(change, version);
      this.emit();
      this.options.onSent?.(change);
      return true;
    } catch (error) {
      const failure = this.options.sender.classify(error);
      if (failure.kind === 'network') {
        await this.update({ ...current, state: 'waiting' });
        return false;
      }
      await this.update({ ...current, state: failure.kind, message: failure.message });
      return true;
    }
  }

  /**
   * The person's later changes to the same record were made on the version this one saw (the page
   * did not move while offline): they now apply on top of this one. A change someone else made in
   * the meantime still comes back as a conflict, since this one would have.
   */
  private async rebase(sent: PendingChange, version: number | null): Promise<void> {
    const seen = sent.input.version;
    if (version === null || typeof seen !== 'number') return;
    for (const change of this.changes) {
      if (change.recordId === sent.recordId && change.input.version === seen && change.state === 'waiting') {
        await this.update({ ...change, input: { ...change.input, version } });
      }
    }
  }

  private async update(change: PendingChange): Promise<void> {
    await this.options.store.put(change);
    this.changes = this.changes.map((c) => (c.id === change.id ? change : c));
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}
