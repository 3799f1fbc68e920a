import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { alternativeMessage, quotedPrintablePart } from './quoted-printable';

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per email, so a mail client can tell a resent copy from a new message. */
  messageId: string;
  headers?: Record<string, string>;
  /** Files sent with the mail (an invitation's .ics), made when it is sent. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface Mailer {
  /** 'smtp': handed to a mail server; 'outbox': kept in the outbox table and written as .eml. */
  kind: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<{ response: string }>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl?: string | undefined;
  /** Folder for .eml copies when there is no SMTP server. */
  outboxDir: string;
  /** SMTP connections kept open and reused (the worker sends this many mails at once). */
  connections?: number;
}

/** SMTP when SMTP_URL is set; otherwise the outbox (visible in the app), so nothing needs installing. */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport({
      ...smtpOptions(options.smtpUrl),
      // A connection per mail costs a TCP (and TLS) handshake and the greeting each time: the weekly
      // digest sends 20,000 at once. Pooled connections send up to 100 mails each, then reconnect.
      pool: true,
      maxConnections: options.connections ?? 8,
    });
    return {
      kind: 'smtp',
      async send(message) {
        const info = await transport.sendMail({
          envelope: { from: message.from, to: message.to },
          raw: await composeMessage(message),
        });
        return { response: String(info.response ?? '') };
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'outbox',
    async send(message) {
      const info = await transport.sendMail(withEncodedParts(message));
      mkdirSync(options.outboxDir, { recursive: true });
      const name = `${message.messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')}.eml`;
      writeFileSync(path.join(options.outboxDir, name), info.message as Buffer);
      return { response: `outbox ${name}` };
    },
    close: () => {},
  };
}

/**
 * The whole message in one buffer. Handed to SMTP as it is, it leaves in one or two writes to the
 * socket: streamed node by node, each mail was seven or eight, a large share of the mail thread's
 * time on the weekly digest's 20,000 mails (docs/benchmarks.md).
 *
 * nodemailer builds the message's headers (addresses, encoded subject, date, boundary). A mail of
 * text and HTML alone, which is every mail but an invitation, is then laid out here with its two
 * parts encoded into the same buffer: nodemailer's own streaming of the tree cost more than the
 * encoding (docs/decisions.md, 2026-12-23). A mail with attachments is composed by nodemailer whole.
 */
export function composeMessage(message: MailMessage): Promise<Buffer> {
  if (message.attachments?.length) return new MailComposer(withEncodedParts(message)).compile().build();
  // The parts' placeholders only make nodemailer lay out a multipart/alternative root.
  const root = new MailComposer({ ...message, text: { raw: '' }, html: { raw: '' } }).compile();
  const headers = root.buildHeaders();
  if (root.multipart !== 'alternative' || !root.boundary) {
    throw new Error('nodemailer did not lay out the mail as multipart/alternative');
  }
  return Promise.resolve(alternativeMessage(headers, root.boundary, message.text, message.html));
}

/** The text and HTML parts encoded here (./quoted-printable), not by nodemailer. */
function withEncodedParts(message: MailMessage) {
  return {
    ...message,
    text: { raw: quotedPrintablePart('text/plain; charset=utf-8', message.text) },
    html: { raw: quotedPrintablePart('text/html; charset=utf-8', message.html) },
  };
}

/**
 * Permanent failures go to the dead letter at once (no retry storm): a 5xx reply, or an address
 * or message the transport refuses outright. Everything else (4xx, connection trouble) is retried.
 */
export function isPermanentMailError(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  if (typeof responseCode === 'number') return responseCode >= 500 && responseCode < 600;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

/** SMTP_URL as nodemailer options, with timeouts so a dead server fails the job (to be retried) instead of hanging a worker. */
export function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}
