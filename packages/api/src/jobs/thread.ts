/**
 * A job thread: runs one busy queue's jobs (composing weekly digests, or sending mail) beside the
 * main thread, which runs the queues. A digest and its mail are a few hundred KB of HTML to render,
 * store, encode and send: on one thread the worker used one core of two, and its heap grew to hold
 * what was in flight. Here each has its own, bounded (see ./job-thread for the other side).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createDb } from '@tindak/db';
import { createDigestSharing } from '../digest/shared';
import { deliverWeeklyDigest } from '../digest/weekly';
import { appLinks } from '../mail/links';
import { deliverEmail } from '../mail/send-email';
import { createMailer } from '../mail/transport';
import type { JobThreadData, JobThreadReply, JobThreadRequest } from './job-thread';

if (isMainThread || !parentPort) throw new Error('thread.ts runs as a worker thread (see job-thread.ts)');
const port = parentPort;
const data = workerData as JobThreadData;
const db = createDb({
  connectionString: data.connectionString,
  max: data.concurrency + 1,
  prepare: data.prepare,
});

let handle: (job: Record<string, string>) => Promise<unknown>;
let close = () => {};
if (data.kind === 'mail') {
  const mailer = createMailer({ ...data.mailer, connections: data.concurrency });
  handle = ({ emailId }) => deliverEmail(db, mailer, emailId as string, data.mailFrom);
  close = () => mailer.close();
} else {
  const links = appLinks(data.publicUrl);
  // Readers of one region share its commitments, proposals and meetings, read and rendered once.
  const sharing = createDigestSharing();
  // The job runs as of its tick (`at`) plus the time it waited since (`queuedAt`, this clock): a
  // job that waited into the next week sends nothing (deliverWeeklyDigest).
  handle = ({ userId, at, queuedAt }) => {
    const tick = new Date(at as string);
    const waited = queuedAt ? Math.max(0, Date.now() - new Date(queuedAt).getTime()) : 0;
    return deliverWeeklyDigest(db, userId as string, tick, links, sharing, new Date(tick.getTime() + waited));
  };
}

port.on('message', async (request: JobThreadRequest) => {
  let reply: JobThreadReply;
  if ('stop' in request) {
    close();
    await db.destroy();
    reply = { id: request.id, result: 'stopped' };
  } else {
    try {
      reply = { id: request.id, result: await handle(request.job) };
    } catch (error) {
      reply = { id: request.id, error: (error as Error).message ?? String(error) };
    }
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, result: 'ready' } satisfies JobThreadReply);
