import { describe, expect, it } from 'vitest';
import { PendingQueue, type PendingSender, type SendFailure } from '../src/offline/pending-queue';
import { memoryPendingStore, type PendingChange } from '../src/offline/pending-store';

class Refused extends Error {
  constructor(readonly failure: SendFailure) {
    super('refused');
  }
}

let made = 0;
function change(overrides: Partial<PendingChange> = {}): PendingChange {
  made += 1;
  const id = `00000000-0000-4000-8000-${String(made).padStart(12, '0')}`;
  return {
    id,
    userId: 'staff-kerinci',
    procedure: 'actionItems.reportProgress',
    recordId: 'item-1',
    input: { id: 'item-1', version: 3, progress: 60, idempotencyKey: id },
    label: `Progres 60% · ${made}`,
    files: [],
    createdAt: new Date(Date.UTC(2026, 11, 6, 8, 0, made)).toISOString(),
    state: 'waiting',
    message: null,
    ...overrides,
  };
}

/** A server stand-in: records what it was sent, answers by `answer`. */
function fakeServer(answer: (c: PendingChange) => number | null | SendFailure) {
  const sent: PendingChange[] = [];
  const sender: PendingSender = {
    async send(c) {
      const result = answer(c);
      if (result !== null && typeof result === 'object') throw new Refused(result);
      sent.push(c);
      return result;
    },
    classify: (error) => (error instanceof Refused ? error.failure : { kind: 'network' }),
  };
  return { sent, sender };
}

describe('the queue of pending changes', () => {
  it('sends in the order they were made, one at a time, and keeps nothing after', async () => {
    const store = memoryPendingStore();
    const server = fakeServer(() => 4);
    const queue = new PendingQueue({ store, sender: server.sender });
    const first = change({ recordId: 'a', input: { id: 'a', version: 1, idempotencyKey: 'k1' } });
    const second = change({ recordId: 'b', input: { id: 'b', version: 1, idempotencyKey: 'k2' } });
    await queue.add(second);
    await store.put(first);
    await queue.load();
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(await store.all()).toEqual([]);
    expect(queue.snapshot()).toEqual([]);
  });

  it("applies the person's second change to a record on top of their first (the version it made)", async () => {
    const server = fakeServer((c) => (c.input.version === 3 ? 4 : 5));
    const queue = new PendingQueue({ store: memoryPendingStore(), sender: server.sender });
    await queue.add(change());
    await queue.add(change({ procedure: 'actionItems.submitEvidence' }));
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => [c.procedure, c.input.version])).toEqual([
      ['actionItems.reportProgress', 3],
      ['actionItems.submitEvidence', 4],
    ]);
  });

  it('keeps a change waiting when the connection is gone, with the same key for the next try', async () => {
    let online = false;
    const server = fakeServer(() => (online ? 4 : { kind: 'network' }));
    const store = memoryPendingStore();
    const queue = new PendingQueue({ store, sender: server.sender });
    const waiting = change();
    await queue.add(waiting);
    await queue.drain('staff-kerinci');
    expect((await store.all()).map((c) => c.state)).toEqual(['waiting']);
    online = true;
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => c.input.idempotencyKey)).toEqual([waiting.input.idempotencyKey]);
  });

  it('keeps a conflict, holds back later changes to that record, and drops it only when told', async () => {
    const server = fakeServer((c) =>
      c.input.version === 3 ? { kind: 'conflict', message: 'Data ini sudah diubah orang lain' } : 9,
    );
    const store = memoryPendingStore();
    const queue = new PendingQueue({ store, sender: server.sender });
    const clash = change();
    const later = change({
      procedure: 'actionItems.comment',
      input: { id: 'item-1', body: 'x', idempotencyKey: 'c' },
    });
    const elsewhere = change({
      recordId: 'item-2',
      input: { id: 'item-2', version: 1, idempotencyKey: 'e' },
    });
    await queue.add(clash);
    await queue.add(later);
    await queue.add(elsewhere);
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => c.id)).toEqual([elsewhere.id]);
    expect((await store.all()).map((c) => [c.id, c.state, c.message])).toEqual([
      [clash.id, 'conflict', 'Data ini sudah diubah orang lain'],
      [later.id, 'waiting', null],
    ]);
    // Draining again sends nothing new: the conflict waits for the person.
    await queue.drain('staff-kerinci');
    expect(server.sent).toHaveLength(1);
    await queue.discard(clash.id);
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => c.id)).toEqual([elsewhere.id, later.id]);
    expect(await store.all()).toEqual([]);
  });

  it('sends a conflicting change again on the latest version when the person chooses so', async () => {
    const server = fakeServer((c) => (c.input.version === 3 ? { kind: 'conflict', message: 'stale' } : 8));
    const queue = new PendingQueue({ store: memoryPendingStore(), sender: server.sender });
    const clash = change();
    await queue.add(clash);
    await queue.drain('staff-kerinci');
    await queue.retry(clash.id, 7);
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => [c.input.version, c.input.idempotencyKey])).toEqual([
      [7, clash.input.idempotencyKey],
    ]);
    expect(queue.snapshot()).toEqual([]);
  });

  it('marks a refusal as failed with its message and never drops it silently', async () => {
    const server = fakeServer(() => ({ kind: 'failed', message: 'Progres harus 0 sampai 100.' }));
    const store = memoryPendingStore();
    const queue = new PendingQueue({ store, sender: server.sender });
    await queue.add(change());
    await queue.drain('staff-kerinci');
    expect((await store.all()).map((c) => [c.state, c.message])).toEqual([
      ['failed', 'Progres harus 0 sampai 100.'],
    ]);
  });

  it("never sends another person's changes in this session", async () => {
    const server = fakeServer(() => 4);
    const store = memoryPendingStore();
    const queue = new PendingQueue({ store, sender: server.sender });
    const theirs = change({ userId: 'head-province' });
    await queue.add(theirs);
    await queue.add(change());
    await queue.drain('staff-kerinci');
    expect(server.sent.map((c) => c.userId)).toEqual(['staff-kerinci']);
    expect((await store.all()).map((c) => c.id)).toEqual([theirs.id]);
  });

  it('a change left "sending" by a closed page waits again after loading', async () => {
    const store = memoryPendingStore();
    await store.put(change({ state: 'sending' }));
    const queue = new PendingQueue({ store, sender: fakeServer(() => 4).sender });
    await queue.load();
    expect(queue.snapshot().map((c) => c.state)).toEqual(['waiting']);
  });
});
