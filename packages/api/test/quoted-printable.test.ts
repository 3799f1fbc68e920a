import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedPrintablePart } from '../src/mail/quoted-printable';

/** RFC 2045 decoding: soft breaks go, escapes become bytes, hard breaks stay (as CRLF). */
function decode(encoded: Buffer): Buffer {
  const s = encoded.toString('latin1').replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '=') {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** What the encoding must give back: the content, its line breaks (CRLF, LF, a lone CR) as CRLF. */
const expected = (content: string) => Buffer.from(content.replace(/\r\n|\r|\n/g, '\r\n'), 'utf8');

const HEADERS =
  'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n';

/** The body of the part, after its headers. */
function encodeQuotedPrintable(content: string): Buffer {
  const part = quotedPrintablePart('text/plain; charset=utf-8', content);
  expect(part.subarray(0, HEADERS.length).toString('latin1')).toBe(HEADERS);
  return part.subarray(HEADERS.length);
}

describe('quoted-printable', () => {
  it('decodes to the content, in lines SMTP carries as they are', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            // A lone surrogate (half of an emoji) is sent as U+FFFD, as Buffer.from writes it.
            fc.constantFrom('.', ' ', '\t', '\n', '\r', '=', '·', '😀', '\uD83D', '\uDE00'),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          maxLength: 300,
        }),
        (content) => {
          const encoded = encodeQuotedPrintable(content);
          expect(decode(encoded)).toEqual(expected(content));
          for (const line of encoded.toString('latin1').split('\r\n')) {
            expect(line.length).toBeLessThanOrEqual(76);
            expect(line).not.toMatch(/[ \t]$/);
            expect(line).toMatch(/^[\x21-\x7e \t]*$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps each character's bytes on one line, so every line reads as UTF-8 alone", () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', 'é', '—', '😀', '='), maxLength: 400 }),
        (content) => {
          const encoded = encodeQuotedPrintable(content).toString('latin1');
          for (const line of encoded.split(/=?\r\n/)) {
            expect(() => strict.decode(decode(Buffer.from(line, 'latin1')))).not.toThrow();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('encodes a mail far larger than its buffer, and the next one after it', () => {
    const large = 'Laporan blank spot — Desa 😀 '.repeat(8000);
    for (const content of [large, 'kecil', large]) {
      expect(decode(encodeQuotedPrintable(content))).toEqual(expected(content));
    }
  });

  it('never leaves a line starting with "--", which would read as a MIME boundary', () => {
    const encoded = encodeQuotedPrintable('Tindak\n--batas\n-- tanda tangan').toString('latin1');
    for (const line of encoded.split('\r\n')) expect(line.startsWith('--')).toBe(false);
    expect(decode(Buffer.from(encoded, 'latin1'))).toEqual(expected('Tindak\n--batas\n-- tanda tangan'));
  });
});
