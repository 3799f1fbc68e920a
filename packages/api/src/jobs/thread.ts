/**
 * A job thread: runs one busy queue's jobs (composing weekly digests, or sending mail) beside the
 * main thread, which runs the queues. A digest and its mail are a few hundred KB of HTML to render,
 * store, encode and send: on one thread the worker used one core of two, and its heap grew to hold
 * what was in flight. Here each has its own, bounded (see ./job-thread for the other side).
 *
 * Each kind has its own entry (./mail-thread, ./digest-thread) that loads only its own code: the
 * digest's rendering is some 40 MB of heap that a mail thread, collected far more often, would
 * otherwise mark on every major collection.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createDb, type Database } from '@tindak/db';
import type { JobThreadData, JobThreadReply, JobThreadRequest } from './job-thread';

export interface JobHandler {
  handle(job: Record<string, unknown>): Promise<unknown>;
  close?(): void;
}

/** Serves the requests of the main thread (job-thread.ts) with the handler made for this thread. */
export function serveJobThread<Data extends JobThreadData>(
  setUp: (data: Data, db: Database) => JobHandler,
): void {
  if (isMainThread || !parentPort) {
    throw new Error('a job thread runs as a worker thread (see job-thread.ts)');
  }
  const port = parentPort;
  const data = workerData as Data;
  const db = createDb({
    connectionString: data.connectionString,
    max: data.concurrency + 1,
    prepare: data.prepare,
    genericPlans: true,
  });
  const handler = setUp(data, db);

  port.on('message', async (request: JobThreadRequest) => {
    let reply: JobThreadReply;
    if ('stop' in request) {
      handler.close?.();
      await db.destroy();
      reply = { id: request.id, result: 'stopped' };
    } else {
      try {
        reply = { id: request.id, result: await handler.handle(request.job) };
      } catch (error) {
        reply = { id: request.id, error: (error as Error).message ?? String(error) };
      }
    }
    port.postMessage(reply);
  });
  port.postMessage({ id: 0, result: 'ready' } satisfies JobThreadReply);
}
