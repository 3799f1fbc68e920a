import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * accept: take every message; reject550: refuse every recipient permanently; tempfail451: refuse
 * temporarily; hold: take the connection but never answer the DATA (so the sender is stuck
 * mid-message, as when a worker dies before the server accepted).
 */
export type SinkMode = 'accept' | 'reject550' | 'tempfail451' | 'hold';

export interface SmtpSink {
  url: string;
  port: number;
  /** Messages the server accepted (answered 250), parsed. */
  messages: ParsedMail[];
  /** Every RCPT TO the server saw, accepted or not: counts attempts. */
  attempts: string[];
  mode: SinkMode;
  /** When set, switches to 'hold' once this many messages were accepted. */
  holdAfter: number | null;
  /** Recipients refused temporarily (451) whatever the mode: one mailbox over its quota. */
  busyRecipients: Set<string>;
  /** Resolves when a message has been held (the sender is waiting for the reply). */
  held(): Promise<void>;
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server in this process (smtp-server), reading what it gets with mailparser. */
export async function startSmtpSink(port = 0, mode: SinkMode = 'accept'): Promise<SmtpSink> {
  let markHeld: () => void = () => {};
  const heldPromise = new Promise<void>((resolve) => {
    markHeld = resolve;
  });
  const sink: SmtpSink = {
    url: '',
    port: 0,
    messages: [],
    attempts: [],
    mode,
    holdAfter: null,
    busyRecipients: new Set(),
    held: () => heldPromise,
    async waitForMessages(count, timeoutMs = 20_000) {
      const started = Date.now();
      while (sink.messages.length < count) {
        if (Date.now() - started > timeoutMs) {
          throw new Error(`expected ${count} messages, got ${sink.messages.length} after ${timeoutMs} ms`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return sink.messages;
    },
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      sink.attempts.push(address.address);
      if (sink.mode === 'reject550') {
        const error = Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 });
        return callback(error);
      }
      if (sink.mode === 'tempfail451' || sink.busyRecipients.has(address.address)) {
        const error = Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (sink.holdAfter !== null && sink.messages.length >= sink.holdAfter) sink.mode = 'hold';
        if (sink.mode === 'hold') {
          markHeld();
          return; // never answer: the message is not accepted
        }
        sink.messages.push(await simpleParser(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
