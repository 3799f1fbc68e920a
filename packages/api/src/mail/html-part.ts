import { quotedPrintablePart } from './quoted-printable';

/** RFC 5322's limit is 998 octets a line; a little room under it. */
const MAX_LINE = 990;

/** Characters 7-bit text must not hold (RFC 2045 2.7): controls other than tab and line breaks. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/**
 * The HTML part of a mail (headers and body, for nodemailer's `raw`), as 7-bit text when it can
 * be: every character outside ASCII written as an HTML character reference, which a mail client
 * shows as the same character, and lines broken at a space before 998 octets, which HTML reads as
 * the same space (no template uses `white-space: pre`). Such a part needs no transfer encoding:
 * quoted-printable wrote each `=` of the markup's attributes as three bytes and wrapped every 76
 * characters, and encoding it was a fifth of the mail thread's time in the weekly digest
 * (docs/benchmarks.md). HTML that cannot be written so (a control character, a run of 990
 * characters without a space) goes as quoted-printable.
 */
export function htmlPart(html: string): Buffer {
  const lines = CONTROL.test(html) ? null : shortLines(asciiHtml(html));
  if (!lines) return quotedPrintablePart('text/html; charset=utf-8', html);
  return Buffer.from(
    `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${lines.join('\r\n')}`,
    'latin1',
  );
}

/** The same HTML in ASCII: a character reference for each character beyond it. */
export function asciiHtml(html: string): string {
  return html.replace(/[^\x00-\x7f]/gu, (char) => `&#${char.codePointAt(0)};`);
}

/** The text's lines (any line break), each cut at spaces to at most MAX_LINE; null if one cannot be. */
function shortLines(text: string): string[] | null {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    let start = 0;
    while (line.length - start > MAX_LINE) {
      const space = line.lastIndexOf(' ', start + MAX_LINE);
      if (space <= start) return null;
      lines.push(line.slice(start, space));
      start = space + 1;
    }
    lines.push(line.slice(start));
  }
  return lines;
}
