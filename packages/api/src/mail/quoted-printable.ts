/**
 * Quoted-printable (RFC 2045 §6.7) for the text and HTML parts of outgoing mail, in one pass over
 * the bytes. nodemailer encodes the same way in several (encode, then wrap the lines with regular
 * expressions, through a stream or two): for a digest of a few hundred KB that was most of the cost
 * of sending it. The result decodes to the same bytes; only where the soft line breaks fall differs.
 *
 * - Line breaks in the content (LF or CRLF) become CRLF; a lone CR is encoded.
 * - Lines are at most 76 characters with the soft break's "="; an escape or the escapes of one
 *   UTF-8 character are never split across lines.
 * - Space and tab are encoded at the end of a line, "=" and every byte outside 33-126 always, and a
 *   "." that starts a line too: SMTP would otherwise have to escape it ("dot-stuffing") on the way.
 */
export function encodeQuotedPrintable(content: string): Buffer {
  const input = Buffer.from(content, 'utf8');
  const length = input.length;
  // Worst case: every byte escaped (3 bytes each) and a soft break after every 25 of them.
  const output = Buffer.allocUnsafe(length * 3 + Math.ceil(length / 25) * 3 + 3);
  let o = 0;
  let column = 0;
  let i = 0;
  while (i < length) {
    const byte = input[i] as number;
    if (byte === LF || (byte === CR && input[i + 1] === LF)) {
      output[o++] = CR;
      output[o++] = LF;
      column = 0;
      i += byte === CR ? 2 : 1;
      continue;
    }
    const units = byte >= 0xc0 ? utf8Length(input, i) : 1;
    const literal = units === 1 && isLiteral(input, i, byte);
    const width = literal ? 1 : 3 * units;
    if (column + width > MAX_LINE - 1) {
      output[o++] = EQUALS;
      output[o++] = CR;
      output[o++] = LF;
      column = 0;
    }
    if (literal && !(byte === DOT && column === 0)) {
      output[o++] = byte;
      column += 1;
    } else {
      for (let k = 0; k < units; k += 1) {
        const b = input[i + k] as number;
        output[o++] = EQUALS;
        output[o++] = HEX[b >> 4] as number;
        output[o++] = HEX[b & 0x0f] as number;
      }
      column += 3 * units;
    }
    i += units;
  }
  return output.subarray(0, o);
}

const LF = 0x0a;
const CR = 0x0d;
const EQUALS = 0x3d;
const DOT = 0x2e;
const MAX_LINE = 76;
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');

/** Printable ASCII but "=", or a space or tab that does not end a line. */
function isLiteral(input: Buffer, i: number, byte: number): boolean {
  if (byte >= 33 && byte <= 126) return byte !== EQUALS;
  if (byte !== 0x20 && byte !== 0x09) return false;
  const next = input[i + 1];
  return !(next === undefined || next === LF || (next === CR && input[i + 2] === LF));
}

/** Bytes of the UTF-8 character starting at i (1 for a byte that starts none). */
function utf8Length(input: Buffer, i: number): number {
  const byte = input[i] as number;
  const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  for (let k = 1; k < expected; k += 1) {
    const next = input[i + k];
    if (next === undefined || (next & 0xc0) !== 0x80) return 1;
  }
  return expected;
}

/** A MIME part (headers and body) for nodemailer's `raw`, quoted-printable. */
export function quotedPrintablePart(contentType: string, content: string): Buffer {
  return Buffer.concat([
    Buffer.from(`Content-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`),
    encodeQuotedPrintable(content),
  ]);
}
