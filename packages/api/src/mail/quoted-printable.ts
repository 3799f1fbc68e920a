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
  // Worst case: every byte escaped (3 bytes each) and a soft break after every 25 of them.
  const needed = input.length * 3 + Math.ceil(input.length / 25) * 3 + 3;
  if (scratch.length < needed) scratch = new Uint8Array(Math.max(needed, 2 * scratch.length));
  const written = encodeInto(input, scratch);
  return Buffer.from(scratch.subarray(0, written));
}

/** The encoding loop on its own (kept small so that it stays optimized): bytes written. */
function encodeInto(input: Uint8Array, output: Uint8Array): number {
  const length = input.length;
  let o = 0;
  let column = 0;
  let i = 0;
  while (i < length) {
    const byte = input[i] as number;
    const next = i + 1 < length ? (input[i + 1] as number) : -1;
    if (byte === LF || (byte === CR && next === LF)) {
      output[o++] = CR;
      output[o++] = LF;
      column = 0;
      i += byte === CR ? 2 : 1;
      continue;
    }
    let literal = PRINTABLE[byte] === 1;
    if (byte === 0x20 || byte === 0x09) {
      // Whitespace is kept unless it ends a line.
      literal = !(next === -1 || next === LF || (next === CR && i + 2 < length && input[i + 2] === LF));
    }
    if (literal) {
      if (column >= MAX_LINE - 1) {
        output[o++] = EQUALS;
        output[o++] = CR;
        output[o++] = LF;
        column = 0;
      }
      if (byte !== DOT || column !== 0) {
        output[o++] = byte;
        column += 1;
        i += 1;
        continue;
      }
    }
    const units = byte >= 0xc0 ? utf8Length(input, i, length) : 1;
    if (column + 3 * units > MAX_LINE - 1) {
      output[o++] = EQUALS;
      output[o++] = CR;
      output[o++] = LF;
      column = 0;
    }
    for (let k = 0; k < units; k += 1) {
      const b = input[i + k] as number;
      output[o++] = EQUALS;
      output[o++] = HEX[b >> 4] as number;
      output[o++] = HEX[b & 0x0f] as number;
    }
    column += 3 * units;
    i += units;
  }
  return o;
}

/** Reused between mails: the encoding is written here, then copied out at its size. */
let scratch = new Uint8Array(1 << 20);

const LF = 0x0a;
const CR = 0x0d;
const EQUALS = 0x3d;
const DOT = 0x2e;
const MAX_LINE = 76;
const HEX = Uint8Array.from(Buffer.from('0123456789ABCDEF', 'latin1'));
/** 1 for the bytes written as they are: printable ASCII but "=" (space and tab decided apart). */
const PRINTABLE = new Uint8Array(256);
for (let b = 33; b <= 126; b += 1) PRINTABLE[b] = b === EQUALS ? 0 : 1;

/** Bytes of the UTF-8 character starting at i (1 for a byte that starts none). */
function utf8Length(input: Uint8Array, i: number, length: number): number {
  const byte = input[i] as number;
  const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  if (i + expected > length) return 1;
  for (let k = 1; k < expected; k += 1) {
    if (((input[i + k] as number) & 0xc0) !== 0x80) return 1;
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
