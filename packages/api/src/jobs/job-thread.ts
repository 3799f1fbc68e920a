import { Worker } from 'node:worker_threads';
import type { MailerOptions } from '../mail/transport';

/** What a job thread (./thread.ts) starts with: which queue's work, and what that needs. */
export type JobThreadData = {
  connectionString: string;
  /** Jobs run at once: database (and SMTP) connections. */
  concurrency: number;
  /** Named prepared statements on the thread's connections (PREPARED_STATEMENTS). */
  prepare: boolean;
} & ({ kind: 'mail'; mailer: MailerOptions; mailFrom: string } | { kind: 'digest'; publicUrl: string });

export type JobThreadRequest<Job = Record<string, unknown>> =
  | { id: number; job: Job }
  | { id: number; stop: true };
export type JobThreadReply = { id: number; result: unknown } | { id: number; error: string };

export interface JobThread {
  /** The job's work on the thread: its result, or its error (the job fails and is retried). */
  run(job: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Starts a job thread and runs jobs on it. Its heap is capped at `heapMb`: what it holds is the
 * few jobs in flight (and the digest's shared sections), and a small heap is collected often
 * instead of growing. If the thread dies, the jobs it was running fail (pg-boss retries them; each
 * is safe to run again) and the next job starts a new thread.
 */
export async function startJobThread(data: JobThreadData, heapMb: number): Promise<JobThread> {
  let thread = await spawnThread<Record<string, unknown>>(data, heapMb);
  let stopping = false;
  return {
    async run(job) {
      if (stopping) throw new Error('the worker is stopping');
      if (!thread.alive()) thread = await spawnThread<Record<string, unknown>>(data, heapMb);
      const reply = await thread.request({ job });
      if ('error' in reply) throw new Error(reply.error);
      return reply.result;
    },
    async stop() {
      stopping = true;
      if (thread.alive()) await thread.request({ stop: true });
      await thread.terminate();
    },
  };
}

/**
 * Starts a thread running the code for `data.kind` (thread-entry.cjs: a job queue's, or the API's
 * document rendering), its heap capped at `heapMb`, and sends it requests, each answered by the
 * reply with its id. If the thread dies (or is terminated), the requests waiting on it fail.
 */
/** Room for short-lived allocations per thread: two semi-spaces of 16 MB. */
const YOUNG_GENERATION_MB = 48;

export async function spawnThread<Job>(data: { kind: string }, heapMb: number) {
  const worker = new Worker(new URL('./thread-entry.cjs', import.meta.url), {
    workerData: data,
    // Named after its queue, so `top -H` and /proc/<pid>/task/*/comm tell the threads apart.
    name: data.kind,
    // The young generation is sized too: a thread's default was a few MB, and rendering a digest
    // (or encoding a mail) allocates far more than that in short-lived strings. Collections then
    // took 40-60% of each thread's CPU and tripled the weekly digest's time (docs/benchmarks.md).
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const pending = new Map<number, { resolve: (reply: JobThreadReply) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let alive = true;
  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject });
  });
  worker.on('message', (reply: JobThreadReply) => {
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
  worker.on('exit', (code) => fail(new Error(`the ${data.kind} thread exited (code ${code})`)));
  await ready;
  return {
    alive: () => alive,
    request(request: { job: Job } | { stop: true }): Promise<JobThreadReply> {
      const id = nextId++;
      return new Promise<JobThreadReply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, ...request } satisfies JobThreadRequest<Job>);
      });
    },
    terminate: () => worker.terminate().then(() => undefined),
  };
}
