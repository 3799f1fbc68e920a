import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../src/mail/outbox';
import { deliverEmail, deliverEmails, markEmailsDead, TemporaryMailError } from '../src/mail/send-email';
import { createMailer, type Mailer } from '../src/mail/transport';
import { countEmailAttempt } from '../src/repositories/email.repo';
import { createUser, useTestApi } from './support';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';

/**
 * One email from the outbox to a real SMTP server and back into its row: what the worker's mail
 * thread does 20,000 times on a Monday, through statements compiled once (compiledOnce).
 */
const api = useTestApi();
const FROM = 'Tindak <noreply@tindak.uji>';
let sink: SmtpSink;
let mailer: Mailer;
let userId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  mailer = createMailer({ smtpUrl: sink.url, outboxDir: '/nonexistent' });
  userId = (await createUser(api, { role: 'viewer', organizationId: api.head.organizationId })).id;
});

afterAll(async () => {
  mailer.close();
  await sink.close();
});

async function queue(dedupeKey: string, sensitive: boolean, to = 'pembaca@bungo.uji') {
  return api.database.db.transaction().execute(async (trx) => {
    const id = await queueEmail(trx, {
      dedupeKey,
      kind: sensitive ? 'reset' : 'notification',
      userId,
      to,
      language: 'id',
      sensitive,
      rendered: {
        subject: `Surel ${dedupeKey}`,
        preview: 'Pratinjau',
        html: `<p>Isi ${dedupeKey}: <a href="https://tindak.uji/t/rahasia">tautan</a></p>`,
        text: `Isi ${dedupeKey}: https://tindak.uji/t/rahasia\n`,
      },
    });
    if (!id) throw new Error('not queued');
    return id;
  });
}

const row = (id: string) =>
  api.database.db.selectFrom('emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('an outbox email sent over SMTP', () => {
  it('is queued once per dedupe key: the second is refused and changes nothing', async () => {
    const id = await queue('uji:sekali', false);
    const again = await api.database.db.transaction().execute((trx) =>
      queueEmail(trx, {
        dedupeKey: 'uji:sekali',
        kind: 'notification',
        userId,
        to: 'lain@bungo.uji',
        language: 'en',
        sensitive: false,
        rendered: { subject: 'Lain', preview: '', html: '<p>lain</p>', text: 'lain\n' },
      }),
    );
    expect(again).toBeNull();
    expect(await row(id)).toMatchObject({ toAddress: 'pembaca@bungo.uji', subject: 'Surel uji:sekali' });
    const copies = await api.database.db
      .selectFrom('emails')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dedupeKey', '=', 'uji:sekali')
      .executeTakeFirstOrThrow();
    expect(Number(copies.n)).toBe(1);
  });

  it('is marked sent with its attempt counted and the last error cleared, its body kept', async () => {
    const id = await queue('uji:biasa', false);
    await countEmailAttempt(api.database.db, id, '451 coba lagi');
    const before = sink.messages.length;
    expect(await deliverEmail(api.database.db, mailer, id, FROM)).toBe('sent');
    const [received] = await sink.waitForMessages(before + 1).then((all) => all.slice(before));
    expect(received?.text).toBe('Isi uji:biasa: https://tindak.uji/t/rahasia\n');
    expect(await row(id)).toMatchObject({
      status: 'sent',
      transport: 'smtp',
      attempts: 2,
      lastError: null,
      messageId: `<${id}@tindak>`,
      html: expect.stringContaining('tindak.uji/t/rahasia'),
      textBody: 'Isi uji:biasa: https://tindak.uji/t/rahasia\n',
    });
    expect((await row(id)).sentAt).toBeInstanceOf(Date);
  });

  it('holding a one-time link, leaves only a note in the outbox once the server has it', async () => {
    const id = await queue('uji:rahasia', true);
    const before = sink.messages.length;
    expect(await deliverEmail(api.database.db, mailer, id, FROM)).toBe('sent');
    const [received] = await sink.waitForMessages(before + 1).then((all) => all.slice(before));
    expect(received?.text).toContain('https://tindak.uji/t/rahasia');
    const stored = await row(id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, messageId: `<${id}@tindak>` });
    expect(`${stored.html} ${stored.textBody}`).not.toContain('rahasia');
    expect(stored.textBody).toContain('tidak disimpan setelah terkirim');
  });

  it('is not sent again by a second job: skipped, the row as it was', async () => {
    const id = await queue('uji:dua-kali', false);
    expect(await deliverEmail(api.database.db, mailer, id, FROM)).toBe('sent');
    const sent = await row(id);
    const count = sink.messages.length;
    expect(await deliverEmail(api.database.db, mailer, id, FROM)).toBe('skipped');
    expect(await row(id)).toEqual(sent);
    expect(sink.messages.length).toBe(count);
  });
});

/** The weekly digest's emails go out as one job per group (digest/weekly.ts): each still on its own. */
describe('a job of several outbox emails', () => {
  const recipients = ['satu@tebo.uji', 'dua@tebo.uji', 'tiga@tebo.uji'];
  const queueThree = (name: string) =>
    Promise.all(recipients.map((to, i) => queue(`uji:${name}:${i}`, false, to)));

  it('sends each once, each row marked on its own', async () => {
    const ids = await queueThree('grup');
    const before = sink.messages.length;
    expect(await deliverEmails(api.database.db, mailer, ids, FROM)).toEqual({ sent: 3 });
    const received = await sink.waitForMessages(before + 3).then((all) => all.slice(before));
    expect(received.map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort()).toEqual(
      [...recipients].sort(),
    );
    for (const id of ids)
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('one mailbox refusing for now holds back only itself; the retry sends nothing twice', async () => {
    const ids = await queueThree('sibuk');
    sink.busyRecipients.add('dua@tebo.uji');
    try {
      const before = sink.messages.length;
      await expect(deliverEmails(api.database.db, mailer, ids, FROM)).rejects.toBeInstanceOf(
        TemporaryMailError,
      );
      expect(sink.messages.length).toBe(before + 2);
      expect(await row(ids[0] as string)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(await row(ids[1] as string)).toMatchObject({ status: 'pending', attempts: 1 });
      expect((await row(ids[1] as string)).lastError).toContain('451');
      expect(await row(ids[2] as string)).toMatchObject({ status: 'sent', attempts: 1 });

      // The job's retry: the two sent are skipped, the refused one is tried again.
      await expect(deliverEmails(api.database.db, mailer, ids, FROM)).rejects.toBeInstanceOf(
        TemporaryMailError,
      );
      expect(sink.messages.length).toBe(before + 2);
      expect((await row(ids[1] as string)).attempts).toBe(2);
      sink.busyRecipients.clear();
      expect(await deliverEmails(api.database.db, mailer, ids, FROM)).toEqual({ skipped: 2, sent: 1 });
      expect(sink.messages.length).toBe(before + 3);
      expect(await row(ids[0] as string)).toMatchObject({ attempts: 1 });
    } finally {
      sink.busyRecipients.clear();
    }
  });

  it('a server that does not answer ends the job at the first: the rest are left untouched', async () => {
    const ids = await queueThree('mati');
    const closed = await startSmtpSink();
    await closed.close(); // nothing listens on its port now
    const down = createMailer({ smtpUrl: closed.url, outboxDir: '/nonexistent' });
    try {
      await expect(deliverEmails(api.database.db, down, ids, FROM)).rejects.toBeInstanceOf(
        TemporaryMailError,
      );
    } finally {
      down.close();
    }
    expect(await row(ids[0] as string)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await row(ids[0] as string)).lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    for (const id of ids.slice(1)) {
      expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    }
  });

  it('reaching the dead letter marks failed only those still pending', async () => {
    const ids = await queueThree('habis');
    expect(await deliverEmail(api.database.db, mailer, ids[0] as string, FROM)).toBe('sent');
    const sent = await row(ids[0] as string);
    await markEmailsDead(api.database.db, ids);
    expect(await row(ids[0] as string)).toEqual(sent);
    for (const id of ids.slice(1)) {
      const dead = await row(id);
      expect(dead.status).toBe('failed');
      expect(dead.lastError).toContain('retries exhausted');
    }
  });
});
