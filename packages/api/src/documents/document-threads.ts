import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors';
import { spawnThread } from '../jobs/job-thread';
import { type DocumentRequest, type DocumentThreadData, TOO_LARGE } from './render-document';

export interface DocumentLimits {
  /** Documents rendered at once, each on a thread of its own; more wait their turn. */
  threads: number;
  /**
   * Documents that may wait for a thread; one more is refused (TOO_MANY_REQUESTS) rather than
   * queued, since each waiting download holds its data in memory.
   */
  maxWaiting: number;
  /** Old-generation heap of a thread (MB): a document that needs more is too large. */
  heapMb: number;
  /** A document not rendered in this time is too large: its thread is ended. */
  timeoutMs: number;
  /** Characters of text in the data a document is rendered from. */
  maxInputChars: number;
  /** Bytes of a rendered document. */
  maxOutputBytes: number;
}

/**
 * The largest real documents stay well within these: minutes of 100,000 characters with 1,000
 * participants (PDF: ~4 s), an export of 50,000 rows (XLSX: ~6 s in 40 MB of heap; with every title
 * at its 300-character limit ~35 million characters of data).
 */
export const defaultDocumentLimits: DocumentLimits = {
  threads: 2,
  maxWaiting: 8,
  heapMb: 256,
  timeoutMs: 30_000,
  maxInputChars: 40_000_000,
  maxOutputBytes: 64 * 1024 * 1024,
};

export interface DocumentThreads {
  /** The rendered document; PAYLOAD_TOO_LARGE (`documentTooLarge`) past a limit. */
  render(request: DocumentRequest): Promise<Buffer>;
  /** Threads running, and documents being rendered on them now. */
  stats(): { threads: number; rendering: number };
  close(): Promise<void>;
}

type Thread = Awaited<ReturnType<typeof spawnThread<DocumentRequest>>>;

const tooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', 'documentTooLarge');

/** Characters of text in the data, counted without recursion (and numbers as a few). */
function textLength(data: unknown): number {
  let length = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') length += value.length;
    else if (value !== null && typeof value === 'object')
      for (const inner of Object.values(value)) stack.push(inner);
    else length += 8;
  }
  return length;
}

/**
 * Threads that render documents off the request thread: started at the first document, one per
 * document at a time (a thread ended for taking too long takes only its own document with it),
 * replaced when one dies.
 */
export function createDocumentThreads(given: Partial<DocumentLimits> = {}): DocumentThreads {
  const limits = { ...defaultDocumentLimits, ...given };
  const threads: (Thread | undefined)[] = [];
  const free = Array.from({ length: limits.threads }, (_, slot) => slot);
  const waiting: ((slot: number) => void)[] = [];
  let rendering = 0;
  let closed = false;

  const take = () =>
    new Promise<number>((resolve) => {
      const slot = free.pop();
      if (slot === undefined) waiting.push(resolve);
      else resolve(slot);
    });
  const give = (slot: number) => {
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  };

  async function threadIn(slot: number): Promise<Thread> {
    const current = threads[slot];
    if (current?.alive()) return current;
    if (closed) throw new Error('the document threads are closed');
    const data: DocumentThreadData = { kind: 'document', maxOutputBytes: limits.maxOutputBytes };
    const started = await spawnThread<DocumentRequest>(data, limits.heapMb);
    threads[slot] = started;
    return started;
  }

  async function renderOn(thread: Thread, request: DocumentRequest): Promise<Buffer> {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void thread.terminate();
    }, limits.timeoutMs);
    rendering += 1;
    try {
      const reply = await thread.request({ job: request });
      if ('error' in reply) throw reply.error === TOO_LARGE ? tooLarge() : new Error(reply.error);
      const content = reply.result as Uint8Array;
      return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    } catch (error) {
      // Ended for taking too long, or out of its heap: either way the document is too large.
      if (timedOut || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw tooLarge();
      throw error;
    } finally {
      clearTimeout(timer);
      rendering -= 1;
    }
  }

  return {
    async render(request) {
      if (textLength(request) > limits.maxInputChars) throw tooLarge();
      if (free.length === 0 && waiting.length >= limits.maxWaiting)
        throw new DomainError('TOO_MANY_REQUESTS', 'documentsBusy');
      const slot = await take();
      try {
        return await renderOn(await threadIn(slot), request);
      } finally {
        give(slot);
      }
    },
    stats: () => ({ threads: threads.filter((thread) => thread?.alive()).length, rendering }),
    async close() {
      closed = true;
      await Promise.all(threads.map((thread) => thread?.terminate()));
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Renders downloads off the request thread (src/documents). */
    documents: DocumentThreads;
  }
}

/** The server's document threads: started by the first download, ended when the server closes. */
export function registerDocumentThreads(app: FastifyInstance, limits?: Partial<DocumentLimits>) {
  const documents = createDocumentThreads(limits);
  app.decorate('documents', documents);
  app.addHook('onClose', async () => documents.close());
}
