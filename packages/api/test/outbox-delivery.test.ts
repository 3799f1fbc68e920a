import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../src/mail/outbox';
import { deliverEmail } from '../src/mail/send-email';
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

async function queue(dedupeKey: string, sensitive: boolean) {
  return api.database.db.transaction().execute(async (trx) => {
    const id = await queueEmail(trx, {
      dedupeKey,
      kind: sensitive ? 'reset' : 'notification',
      userId,
      to: 'pembaca@bungo.uji',
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
