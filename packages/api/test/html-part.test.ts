import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlPart } from '../src/mail/html-part';

const SEVEN_BIT = 'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n';

/** The part's headers and body. */
function split(part: Buffer) {
  const text = part.toString('latin1');
  const end = text.indexOf('\r\n\r\n') + 4;
  return { headers: text.slice(0, end), body: text.slice(end) };
}

/** What a mail client reads: the character references as characters, a line break as a space. */
const asRead = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/\r\n|\r|\n/g, ' ');

describe('the HTML part of a mail', () => {
  it('goes as 7-bit ASCII in lines under 998 octets, reading as the same HTML', () => {
    const html = `<p style="margin: 0; color: #333">Rakornis Kerinci – “Talenta Digital” 😀</p>${'<td style="padding: 4px">Sungai Penuh · Batang Hari</td>'.repeat(80)}`;
    const { headers, body } = split(htmlPart(html));
    expect(headers).toBe(SEVEN_BIT);
    expect(body).toMatch(/^[\x09\x0d\x0a\x20-\x7e]*$/);
    expect(body).toContain('&#8211;');
    expect(body).toContain('&#128512;');
    const lines = body.split('\r\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(990);
    expect(asRead(body)).toBe(asRead(html));
  });

  it('keeps the HTML for any text: 7-bit when it can be, quoted-printable otherwise', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '<', '>', '=', '"', '–', '😀', '\n', '\r', '\x01'),
          maxLength: 4000,
        }),
        (html) => {
          const { headers, body } = split(htmlPart(html));
          if (headers === SEVEN_BIT) {
            expect(body).toMatch(/^[\x09\x0d\x0a\x20-\x7e]*$/);
            for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(990);
            expect(asRead(body)).toBe(asRead(html));
          } else {
            expect(headers).toContain('Content-Transfer-Encoding: quoted-printable');
          }
        },
      ),
    );
  });

  it('falls back to quoted-printable for a control character or a line it cannot break', () => {
    expect(split(htmlPart('<p>a\x0bb</p>')).headers).toContain('quoted-printable');
    expect(split(htmlPart(`<a href="https://tindak.example/${'x'.repeat(1200)}">x</a>`)).headers).toContain(
      'quoted-printable',
    );
    expect(split(htmlPart('<p>a b</p>')).headers).toBe(SEVEN_BIT);
  });
});
