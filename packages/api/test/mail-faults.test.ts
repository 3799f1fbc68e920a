import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { enqueue } from '../src/jobs/enqueue';
import type { RunningWorker } from '../src/jobs/worker';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { eventually, startTestWorker } from './support/worker';

/** Mail under faults: a real SMTP server that is down, refuses, stalls; workers that die or double up. */
const api = useTestApi();

let head: SessionUser;
let officeId: string;
let meetingId: string;
const readers: SessionUser[] = [];
const running: RunningWorker[] = [];
const children: ChildProcess[] = [];
const sinks: SmtpSink[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const worker of running.splice(0)) await worker.stop();
  for (const sink of sinks.splice(0)) await sink.close();
});

beforeAll(async () => {
  const office = await makeOffice(api, 'Diskominfo Kabupaten Bungo', '15.08');
  officeId = office.id;
  head = await createUser(api, { role: 'head', organizationId: office.id, email: 'kadis@bungo.uji' });
  const person = await api.caller().people.create({ fullName: 'Dedi Saputra', organizationId: office.id });
  await createUser(api, {
    role: 'staff',
    organizationId: office.id,
    personId: person.id,
    email: 'dedi@bungo.uji',
  });
  meetingId = (await api.caller('id', head).meetings.create(meetingInput(office.id))).id;
  await api.caller('id', head).actionItems.create({
    title: 'Penguatan jaringan intra pemerintah Bungo',
    meetingId,
    ownerOrganizationId: office.id,
    dueOn: '2026-11-01', // overdue in every digest below: nobody's digest is empty
  });
  for (let i = 0; i < 6; i += 1) {
    readers.push(
      await createUser(api, { role: 'viewer', organizationId: office.id, email: `pembaca${i}@bungo.uji` }),
    );
  }
});

async function sink(port = 0, mode: SmtpSink['mode'] = 'accept') {
  const started = await startSmtpSink(port, mode);
  sinks.push(started);
  return started;
}

async function worker(smtpUrl: string) {
  const started = await startTestWorker(api.database, smtpUrl);
  running.push(started);
  return started;
}

/** An email to Dedi through the real path: an item assigned to him. */
async function assignToDedi(title: string) {
  const person = await api.database.db
    .selectFrom('people')
    .select('id')
    .where('fullName', '=', 'Dedi Saputra')
    .executeTakeFirstOrThrow();
  const item = await api.caller('id', head).actionItems.create({
    title,
    meetingId,
    ownerOrganizationId: officeId,
    ownerPersonId: person.id,
    dueOn: '2030-02-28',
  });
  return eventually(async () => {
    const email = await api.database.db
      .selectFrom('emails')
      .select(['id', 'status', 'attempts', 'lastError'])
      .where('subject', 'like', `%${title}%`)
      .executeTakeFirst();
    return email;
  }).then((email) => ({ item, emailId: email.id }));
}

async function emailRow(id: string) {
  return api.database.db.selectFrom('emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * The users' weekly digest jobs: one per user (as an earlier release queued them, and as a failed
 * group's users are retried), or one for the group, as the tick queues them (jobs/worker.ts).
 */
async function enqueueDigests(users: SessionUser[], at: string, jobs: Jobs) {
  await api.database.db.transaction().execute(async (trx) => {
    if (jobs === 'a job per group') {
      await enqueue(trx, 'digest-user', { userIds: users.map((u) => u.id), at });
      return;
    }
    for (const user of users) await enqueue(trx, 'digest-user', { userId: user.id, at });
  });
}

type Jobs = 'a job per user' | 'a job per group';

const to = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');

function countBy(messages: ParsedMail[]) {
  const counts: Record<string, number> = {};
  for (const m of messages) counts[to(m)] = (counts[to(m)] ?? 0) + 1;
  return counts;
}

describe('mail under faults', () => {
  it('SMTP down, then up: delivered once after a retry', async () => {
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close(); // nothing listens on the port now
    await worker(`smtp://127.0.0.1:${port}`);
    const { emailId } = await assignToDedi('Uji server surel mati');
    const failedOnce = await eventually(async () => {
      const row = await emailRow(emailId);
      return row.attempts >= 1 ? row : undefined;
    });
    expect(failedOnce.status).toBe('pending');
    expect(failedOnce.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    const up = await sink(port);
    const [mail] = await up.waitForMessages(1);
    expect(mail?.subject).toContain('Uji server surel mati');
    const sent = await eventually(async () => {
      const row = await emailRow(emailId);
      return row.status === 'sent' ? row : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 2000));
    expect(up.messages).toHaveLength(1);
  });

  it('SMTP 550: straight to the dead letter, no retry storm; an admin retry delivers it', async () => {
    const refusing = await sink(0, 'reject550');
    await worker(refusing.url);
    const { emailId } = await assignToDedi('Uji alamat ditolak');
    const failed = await eventually(async () => {
      const row = await emailRow(emailId);
      return row.status === 'failed' ? row : undefined;
    });
    expect(failed.lastError).toContain('550');
    await new Promise((r) => setTimeout(r, 3000));
    expect(refusing.attempts).toEqual(['dedi@bungo.uji']);
    expect((await emailRow(emailId)).attempts).toBe(1);

    refusing.mode = 'accept';
    const admin = await createUser(api, { role: 'admin', organizationId: officeId });
    const retried = await api.caller('id', admin).outbox.retry({ id: emailId });
    expect(retried.status).toBe('pending');
    await refusing.waitForMessages(1);
    await eventually(async () => ((await emailRow(emailId)).status === 'sent' ? true : undefined));
  });

  it('SMTP 451 every time: retried with backoff, then the dead letter marks it failed', async () => {
    const busy = await sink(0, 'tempfail451');
    await worker(busy.url);
    const { emailId } = await assignToDedi('Uji server sibuk');
    const dead = await eventually(async () => {
      const row = await emailRow(emailId);
      return row.status === 'failed' ? row : undefined;
    }, 40_000);
    // First try plus JOB_RETRY_LIMIT (3) retries, then the dead-letter handler.
    expect(busy.attempts.filter((a) => a === 'dedi@bungo.uji')).toHaveLength(4);
    expect(dead.lastError).toMatch(/451[\s\S]*retries exhausted/);
  }, 60_000);

  it.each<Jobs>(['a job per user', 'a job per group'])(
    'two workers at once and every digest job enqueued twice (%s): one digest per user',
    async (jobs) => {
      const inbox = await sink();
      await worker(inbox.url);
      await worker(inbox.url);
      // A Monday of its own for each case: none of them has had that week's digest.
      const at = jobs === 'a job per user' ? '2026-11-30T00:30:00Z' : '2026-11-23T00:30:00Z';
      await enqueueDigests(readers, at, jobs);
      await enqueueDigests(readers, at, jobs);
      const digests = () => inbox.messages.filter((m) => m.subject?.includes('Ringkasan mingguan'));
      await eventually(async () => (digests().length >= readers.length ? true : undefined));
      await new Promise((r) => setTimeout(r, 2500));
      expect(countBy(digests())).toEqual(Object.fromEntries(readers.map((r) => [r.email, 1])));
    },
  );

  it.each<Jobs>(['a job per user', 'a job per group'])(
    'the worker killed mid-digest and restarted (%s): every user gets exactly one digest',
    async (jobs) => {
      const inbox = await sink();
      inbox.holdAfter = 2; // accept two digests, then stall on the third: the worker is mid-send
      const spawnWorker = () => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', path.join(import.meta.dirname, 'support/worker-process.ts')],
          {
            cwd: path.resolve(import.meta.dirname, '..'),
            env: {
              ...process.env,
              TEST_DATABASE_URL: api.database.url,
              SMTP_URL: inbox.url,
              MAIL_CONCURRENCY: '1',
              JOB_EXPIRE_SECONDS: '3',
            },
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        children.push(child);
        return new Promise<ChildProcess>((resolve) =>
          child.stdout?.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes('ready')) resolve(child);
          }),
        );
      };
      const first = await spawnWorker();
      // A Monday none of them has had: the next one, or the one after.
      const at = jobs === 'a job per user' ? '2026-12-07T00:30:00Z' : '2026-12-14T00:30:00Z';
      await enqueueDigests(readers, at, jobs);
      await Promise.race([
        inbox.held(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('the worker never reached the third digest')), 30_000),
        ),
      ]);
      first.kill('SIGKILL');
      inbox.holdAfter = null;
      inbox.mode = 'accept';
      await spawnWorker();
      const digests = () => inbox.messages.filter((m) => m.subject?.includes('Ringkasan mingguan'));
      await eventually(async () => (digests().length >= readers.length ? true : undefined), 45_000);
      await new Promise((r) => setTimeout(r, 3000));
      expect(countBy(digests())).toEqual(Object.fromEntries(readers.map((r) => [r.email, 1])));
    },
    90_000,
  );
});
