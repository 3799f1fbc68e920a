import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** What the sink has taken so far. Times are performance.now() in this process. */
export interface SinkCounts {
  /** Every message accepted (answered 250). */
  messages: number;
  /** Those whose header says X-Tindak-Kind: digest. */
  digests: number;
  /** Digest recipients that got more than one digest (should stay 0). */
  duplicateDigests: number;
  bytes: number;
  firstDigestAt: number | null;
  lastDigestAt: number | null;
  lastMessageAt: number | null;
}

export interface BenchSink {
  url: string;
  counts: SinkCounts;
  close(): Promise<void>;
}

const KIND_HEADER = /^x-tindak-kind:\s*digest\s*$/im;

/**
 * An SMTP server in this process that takes everything (no AUTH, no TLS, no size limit) and keeps
 * nothing: each message is read to its end and thrown away. Only the header block is looked at, to
 * tell weekly digests from other mail and to catch a recipient mailed twice.
 */
export async function startBenchSink(): Promise<BenchSink> {
  const counts: SinkCounts = {
    messages: 0,
    digests: 0,
    duplicateDigests: 0,
    bytes: 0,
    firstDigestAt: null,
    lastDigestAt: null,
    lastMessageAt: null,
  };
  const digestRecipients = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Nodemailer's pool keeps connections open between messages; the defaults close idle ones.
    socketTimeout: 120_000,
    onData(stream, session, callback) {
      let head = '';
      let headDone = false;
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (!headDone) {
          head += chunk.toString('latin1');
          const end = head.indexOf('\r\n\r\n');
          if (end >= 0 || head.length > 64 * 1024) {
            headDone = true;
            head = end >= 0 ? head.slice(0, end) : head;
          }
        }
      });
      stream.on('end', () => {
        const now = performance.now();
        counts.messages += 1;
        counts.bytes += size;
        counts.lastMessageAt = now;
        if (KIND_HEADER.test(head.replace(/\r\n[ \t]+/g, ' '))) {
          counts.digests += 1;
          counts.firstDigestAt ??= now;
          counts.lastDigestAt = now;
          for (const rcpt of session.envelope.rcptTo) {
            const address = rcpt.address.toLowerCase();
            if (digestRecipients.has(address)) counts.duplicateDigests += 1;
            else digestRecipients.add(address);
          }
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {});
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    counts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
