/**
 * The mail thread: runs the send-email jobs' work (read the mail from the outbox, hand it to the
 * SMTP server, record the outcome) beside the main thread, which runs the queues and composes
 * digests. Encoding and sending a digest (a few hundred KB of HTML) costs about as much CPU as
 * composing it: on one thread the worker used one core of two. See ./mail-sender for the other side.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createDb } from '@tindak/db';
import { deliverEmail } from '../mail/send-email';
import { createMailer } from '../mail/transport';
import type { MailThreadData, MailThreadReply, MailThreadRequest } from './mail-sender';

if (isMainThread || !parentPort)
  throw new Error('mail-thread.ts runs as a worker thread (see mail-sender.ts)');
const port = parentPort;
const data = workerData as MailThreadData;
const db = createDb({ connectionString: data.connectionString, max: data.connections + 1 });
const mailer = createMailer({ ...data.mailer, connections: data.connections });

port.on('message', async (request: MailThreadRequest) => {
  let reply: MailThreadReply;
  if ('stop' in request) {
    mailer.close();
    await db.destroy();
    reply = { id: request.id, outcome: 'stopped' };
  } else {
    try {
      reply = { id: request.id, outcome: await deliverEmail(db, mailer, request.emailId, data.mailFrom) };
    } catch (error) {
      reply = { id: request.id, error: (error as Error).message ?? String(error) };
    }
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, outcome: 'ready' } satisfies MailThreadReply);
