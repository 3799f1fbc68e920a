import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeQuotedPrintable } from '../src/mail/quoted-printable';

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

/** What the encoding must give back: the content, its line breaks as CRLF. */
const expected = (content: string) => Buffer.from(content.replace(/\r?\n/g, '\r\n'), 'utf8');

describe('quoted-printable', () => {
  it('decodes to the content, in lines SMTP carries as they are', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('.', ' ', '\t', '\n', '\r', '=', '·', '😀'),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          maxLength: 300,
        }),
        (content) => {
          const encoded = encodeQuotedPrintable(content);
          expect(decode(encoded)).toEqual(expected(content));
          for (const line of encoded.toString('latin1').split('\r\n')) {
            expect(line.length).toBeLessThanOrEqual(76);
            expect(line.startsWith('.')).toBe(false);
            expect(line).not.toMatch(/[ \t]$/);
            expect(line).toMatch(/^[\x21-\x7e \t]*$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the escapes of one character on one line', () => {
    const encoded = encodeQuotedPrintable(`${'a'.repeat(70)}😀😀`).toString('latin1');
    expect(encoded).toBe(`${'a'.repeat(70)}=\r\n=F0=9F=98=80=F0=9F=98=80`);
  });
});
