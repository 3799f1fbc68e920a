import fc from 'fast-check';
import { type ParsedMail, simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { composeMessage, type MailMessage } from '../src/mail/transport';

/** The message as nodemailer composes it whole, encoding the parts itself: the reference. */
function composedByNodemailer(message: MailMessage): Promise<Buffer> {
  return new MailComposer({ ...message }).compile().build();
}

/** What a mail client reads of a message. */
function reading(mail: ParsedMail) {
  return {
    from: mail.from?.text,
    to: Array.isArray(mail.to) ? mail.to.map((a) => a.text) : mail.to?.text,
    subject: mail.subject,
    messageId: mail.messageId,
    kind: mail.headers.get('x-tindak-kind'),
    mimeVersion: mail.headers.get('mime-version'),
    contentType: (mail.headers.get('content-type') as { value: string }).value,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments.map((a) => ({
      name: a.filename,
      type: a.contentType,
      body: a.content.toString(),
    })),
  };
}

/** Line breaks as one kind: a part's breaks (LF, CRLF or a lone CR) are sent as CRLF. */
const lf = (s: string) => s.replace(/\r\n|\r|\n/g, '\n');

const base: MailMessage = {
  from: 'Tindak <noreply@tindak.example>',
  to: 'Siti Rahmawati <siti@kerincikab.go.id>',
  subject: 'Ringkasan mingguan — 3 tindak lanjut lewat tenggat · Kerinci',
  text: 'Halo Siti,\n\n- Laporan blank spot — Desa Sungai Penuh\n. baris bertitik\n--batas\nakhir  \n',
  html: '<p>Halo <b>Siti</b>,</p>\r\n<ul><li>Laporan “blank spot” 😀</li></ul>\n',
  messageId: '<4f0c2c6e-1d1b-4a53-9d4e-0c1f7b2a9e10@tindak>',
  headers: { 'X-Tindak-Kind': 'digest' },
};

describe('composeMessage', () => {
  it('reads in a mail client exactly as nodemailer composing it whole', async () => {
    const ours = await simpleParser(await composeMessage(base));
    const theirs = await simpleParser(await composedByNodemailer(base));
    expect(reading(ours)).toEqual(reading(theirs));
    expect(lf(ours.text ?? '')).toBe(lf(base.text));
    expect(lf(typeof ours.html === 'string' ? ours.html : '')).toBe(lf(base.html));
    expect(reading(ours).contentType).toBe('multipart/alternative');
  });

  it('keeps every line short, 7-bit and free of a boundary, for any text and HTML', async () => {
    const content = fc.string({
      unit: fc.oneof(
        fc.constantFrom('.', '-', ' ', '\t', '\n', '\r', '=', 'é', '—', '😀', '<p>'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 400,
    });
    await fc.assert(
      fc.asyncProperty(content, content, async (text, html) => {
        const raw = await composeMessage({ ...base, text, html });
        const message = raw.toString('latin1');
        const [headers = ''] = message.split('\r\n\r\n');
        const boundary = /boundary="([^"]+)"/.exec(headers.replace(/\r\n[ \t]+/g, ' '))?.[1] ?? '';
        expect(boundary).not.toBe('');
        const lines = message.split('\r\n');
        for (const line of lines) {
          expect(line.length).toBeLessThanOrEqual(998);
          expect(line).toMatch(/^[\x20-\x7e\t]*$/);
        }
        // The boundary shows up three times: before each part and at the end.
        expect(lines.filter((line) => line.startsWith(`--${boundary}`))).toHaveLength(3);
        const mail = await simpleParser(raw);
        expect(lf(mail.text ?? '')).toBe(lf(Buffer.from(text, 'utf8').toString('utf8')));
        expect(lf(typeof mail.html === 'string' ? mail.html : '')).toBe(
          lf(Buffer.from(html, 'utf8').toString('utf8')),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('composes a mail with attachments through nodemailer, parts and files intact', async () => {
    const message: MailMessage = {
      ...base,
      attachments: [
        {
          filename: 'undangan.ics',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
          contentType: 'text/calendar',
        },
      ],
    };
    const mail = reading(await simpleParser(await composeMessage(message)));
    expect(mail.contentType).toBe('multipart/mixed');
    expect(lf(mail.text ?? '')).toBe(lf(base.text));
    expect(mail.attachments).toEqual([
      { name: 'undangan.ics', type: 'text/calendar', body: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
    ]);
  });
});
