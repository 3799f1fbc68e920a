// Search snippets are cut from the stored text, which is markdown ("**Batas waktu**: 31 Januari").
// A result list shows words, not markup: the markers go, the words and the «match» marks stay.

/** Block markers at the start of a line: headings, quotes, list bullets and numbers (bounded, no nesting). */
const lineStart = /^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/;

/** Characters that only ever mark up inline text in our minutes. */
const inlineMarks = new Set(['*', '`', '~', '|']);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A table's separator row or a rule: nothing to read. */
const ruleLine = /^[\s:=-]*$/;

/** One pass over the line: inline marks dropped, `[text](url)` kept as `text`, `_x_` as `x`. */
function plainLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (inlineMarks.has(c)) {
      // A table's cell border reads as a gap between words.
      if (c === '|') out += ' ';
      continue;
    }
    // Emphasis underscores sit at a word's edge; only snake_case keeps its own.
    if (c === '_' && !(isWordChar(line[i - 1]) && isWordChar(line[i + 1]))) continue;
    if (c === ']' && line[i + 1] === '(') {
      const close = line.indexOf(')', i + 2);
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    if (c === '[' || c === ']') continue;
    out += c;
  }
  return out;
}

/** The snippet as plain text on one line: "**Batas waktu**: 31 Januari" -> "Batas waktu: 31 Januari". */
export function plainSnippet(snippet: string): string {
  return snippet
    .split('\n')
    .map((line) => plainLine(line.replace(lineStart, '')))
    .map((line) => (ruleLine.test(line) ? '' : line))
    .join(' ')
    .replace(/[ \t\r]+/g, ' ')
    .trim();
}
