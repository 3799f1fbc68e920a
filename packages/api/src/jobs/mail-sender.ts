import { Worker } from 'node:worker_threads';
import type { DeliveryOutcome } from '../mail/send-email';
import type { MailerOptions } from '../mail/transport';

/** What the mail thread starts with. */
export interface MailThreadData {
  connectionString: string;
  mailer: MailerOptions;
  mailFrom: string;
  /** Mails sent at once (MAIL_CONCURRENCY): SMTP connections and database connections. */
  connections: number;
}

export type MailThreadRequest = { id: number; emailId: string } | { id: number; stop: true };
export type MailThreadReply =
  | { id: number; outcome: DeliveryOutcome | 'ready' | 'stopped' }
  | { id: number; error: string };

export interface MailSender {
  /** deliverEmail on the mail thread: the outcome, or its error (a failed job, retried). */
  send(emailId: string): Promise<DeliveryOutcome>;
  stop(): Promise<void>;
}

/**
 * Starts the mail thread (./mail-thread.ts) and sends through it. If the thread dies, the mails
 * it was sending fail (pg-boss retries them; the outbox row says whether one went out) and the
 * next one starts a new thread.
 */
export async function startMailSender(data: MailThreadData): Promise<MailSender> {
  let thread = await startThread(data);
  let stopping = false;
  return {
    async send(emailId) {
      if (stopping) throw new Error('the worker is stopping');
      if (!thread.alive()) thread = await startThread(data);
      const reply = await thread.request({ emailId });
      if ('error' in reply) throw new Error(reply.error);
      return reply.outcome as DeliveryOutcome;
    },
    async stop() {
      stopping = true;
      if (thread.alive()) await thread.request({ stop: true });
      await thread.terminate();
    },
  };
}

type Request = { emailId: string } | { stop: true };

async function startThread(data: MailThreadData) {
  const worker = new Worker(new URL('./mail-thread-entry.cjs', import.meta.url), {
    workerData: data,
    // It holds a few mails at a time: a small heap is collected often instead of growing.
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
  const pending = new Map<
    number,
    { resolve: (reply: MailThreadReply) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let alive = true;
  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject });
  });
  worker.on('message', (reply: MailThreadReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    waiting?.resolve(reply);
  });
  const fail = (error: Error) => {
    alive = false;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the mail thread exited (code ${code})`)));
  await ready;
  return {
    alive: () => alive,
    request(request: Request): Promise<MailThreadReply> {
      const id = nextId++;
      return new Promise<MailThreadReply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, ...request } satisfies MailThreadRequest);
      });
    },
    terminate: () => worker.terminate().then(() => undefined),
  };
}
