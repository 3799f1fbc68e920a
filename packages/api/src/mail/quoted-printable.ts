/**
 * Quoted-printable (RFC 2045) for the text and HTML parts of a mail, written in one pass from the
 * string into one reusable buffer. The weekly digest sends 20,000 mails of 30-70 kB at once, and
 * libqp (the encoder inside nodemailer) went through a UTF-8 copy, an encoded string, a split into
 * lines and a latin1 copy of each part: with the garbage it left, a third of the mail thread's CPU
 * (docs/decisions.md, 2026-12-23).
 *
 * Each line is at most 76 characters with its soft break; line breaks (CRLF, LF or a lone CR) are
 * written as CRLF; whitespace before a line break is escaped; a line never starts with "-" (so
 * never with "--", a MIME boundary). Characters beyond ASCII are escaped as their UTF-8 bytes,
 * kept on one line; a lone surrogate becomes U+FFFD, as Buffer.from does. SMTP dot-stuffing is the
 * transport's work.
 */

/** Characters of a line before its soft break ("="), which makes 76. */
const LINE = 75;
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');

/** Reused for every message; copied out once finished (the caller keeps the copy). */
let out = Buffer.allocUnsafe(64 * 1024);
let pos = 0;

/** Room for `bytes` more at `pos`. */
function reserve(bytes: number): void {
  if (pos + bytes <= out.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, pos + bytes));
  out.copy(bigger, 0, 0, pos);
  out = bigger;
}

function writeAscii(text: string): void {
  reserve(text.length);
  pos += out.write(text, pos, 'latin1');
}

/** Writes "=XX" for `byte` at `at` of `buf`; returns the position after it. */
function escapeByte(buf: Buffer, at: number, byte: number): number {
  buf[at] = 0x3d;
  buf[at + 1] = HEX[byte >> 4] as number;
  buf[at + 2] = HEX[byte & 15] as number;
  return at + 3;
}

/** A soft line break ("=" CRLF, the line goes on after it) at `at`; returns the position after it. */
function softBreak(buf: Buffer, at: number): number {
  buf[at] = 0x3d;
  buf[at + 1] = 0x0d;
  buf[at + 2] = 0x0a;
  return at + 3;
}

/**
 * The literal space or tab just written, before `at` at `column`, escaped instead: a line break or
 * the end follows it. Returns the position after it; the column no longer matters to the caller.
 */
function escapeTrailingSpace(buf: Buffer, at: number, column: number): number {
  const space = buf[at - 1] as number;
  let next = at - 1;
  if (column - 1 + 3 > LINE) next = softBreak(buf, next);
  return escapeByte(buf, next, space);
}

/**
 * Writes `content` quoted-printable at `pos`. The hot loop of the mail thread (every character
 * of 20,000 digests): the buffer and the position are locals, written back at the end.
 */
function encodeInto(content: string): void {
  const length = content.length;
  // At most 9 bytes per UTF-16 unit (=XX=XX=XX) and a soft break per 72 of them.
  reserve(length * 10 + 16);
  const buf = out;
  let at = pos;
  let column = 0;
  // The last byte written was literal whitespace: escaped if a line break (or the end) follows.
  let lastWhitespace = false;
  for (let i = 0; i < length; i += 1) {
    const code = content.charCodeAt(i);
    if (code === 0x0d || code === 0x0a) {
      if (code === 0x0d && content.charCodeAt(i + 1) === 0x0a) i += 1;
      if (lastWhitespace) at = escapeTrailingSpace(buf, at, column);
      lastWhitespace = false;
      buf[at] = 0x0d;
      buf[at + 1] = 0x0a;
      at += 2;
      column = 0;
      continue;
    }
    if (code < 0x80) {
      const literal = (code >= 0x20 && code <= 0x7e && code !== 0x3d) || code === 0x09;
      if (column + (literal ? 1 : 3) > LINE) {
        at = softBreak(buf, at);
        column = 0;
      }
      if (literal && !(code === 0x2d && column === 0)) {
        buf[at++] = code;
        column += 1;
        lastWhitespace = code === 0x20 || code === 0x09;
      } else {
        at = escapeByte(buf, at, code);
        column += 3;
        lastWhitespace = false;
      }
      continue;
    }
    lastWhitespace = false;
    let point = code;
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = content.charCodeAt(i + 1);
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      } else point = 0xfffd;
    }
    const bytes = point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (column + bytes * 3 > LINE) {
      at = softBreak(buf, at);
      column = 0;
    }
    column += bytes * 3;
    if (bytes === 2) {
      at = escapeByte(buf, at, 0xc0 | (point >> 6));
    } else if (bytes === 3) {
      at = escapeByte(buf, at, 0xe0 | (point >> 12));
      at = escapeByte(buf, at, 0x80 | ((point >> 6) & 0x3f));
    } else {
      at = escapeByte(buf, at, 0xf0 | (point >> 18));
      at = escapeByte(buf, at, 0x80 | ((point >> 12) & 0x3f));
      at = escapeByte(buf, at, 0x80 | ((point >> 6) & 0x3f));
    }
    at = escapeByte(buf, at, 0x80 | (point & 0x3f));
  }
  if (lastWhitespace) at = escapeTrailingSpace(buf, at, column);
  pos = at;
}

/** The headers of a text part sent quoted-printable. */
function partHeaders(contentType: string): string {
  return `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`;
}

/** Above this the buffer is not kept: one unusually large mail should not hold megabytes for good. */
const KEEP_BYTES = 1024 * 1024;

/** A copy of what was written since `start`, and the buffer free for the next message. */
function take(start: number): Buffer {
  const result = Buffer.from(out.subarray(start, pos));
  pos = 0;
  if (out.length > KEEP_BYTES) out = Buffer.allocUnsafe(64 * 1024);
  return result;
}

/** A MIME part (headers and body) for nodemailer's `raw`. */
export function quotedPrintablePart(contentType: string, content: string): Buffer {
  pos = 0;
  writeAscii(partHeaders(contentType));
  encodeInto(content);
  return take(0);
}

/**
 * A whole multipart/alternative message: `headers` (the message's, as nodemailer builds them,
 * ending in its Content-Type with `boundary`), then the text and the HTML part, laid out as
 * nodemailer lays out a multipart node.
 */
export function alternativeMessage(headers: string, boundary: string, text: string, html: string): Buffer {
  pos = 0;
  writeAscii(`${headers}\r\n\r\n--${boundary}\r\n${partHeaders('text/plain; charset=utf-8')}`);
  encodeInto(text);
  writeAscii(`\r\n--${boundary}\r\n${partHeaders('text/html; charset=utf-8')}`);
  encodeInto(html);
  writeAscii(`\r\n--${boundary}--\r\n`);
  return take(0);
}
