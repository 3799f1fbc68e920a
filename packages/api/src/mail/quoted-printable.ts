import { encode, wrap } from 'libqp';

/**
 * A MIME part (headers and body, quoted-printable) for nodemailer's `raw`: the text and HTML of a
 * mail are encoded once with libqp (the encoder nodemailer uses) instead of by nodemailer's own
 * pipeline, which builds the part through several streams and took twice as long for a digest
 * (docs/decisions.md). Line breaks (CRLF, LF or a lone CR) are written as CRLF; SMTP dot-stuffing
 * is the transport's work.
 */
export function quotedPrintablePart(contentType: string, content: string): Buffer {
  const body = wrap(encode(content.replace(/\r\n|\r|\n/g, '\r\n')), 76);
  return Buffer.from(
    `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}`,
    'latin1',
  );
}
