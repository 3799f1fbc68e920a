import type { Content, TableCell } from 'pdfmake/interfaces';
import { type MinutesBlock, minutesBlocks, type Run } from './minutes-markdown';

/**
 * pdfmake measures a word that does not fit a line again at every line it wraps, so a long word
 * costs the square of its length (8,000 letters: 6 s): words get a zero-width break every so often.
 */
const BREAK_EVERY = /[^\s\u200B]{40}/g;
const breakable = (text: string) => text.replace(BREAK_EVERY, '$&\u200B');

/**
 * pdfmake's work on a paragraph grows with the square of its words (100,000 characters: seconds),
 * so a longer paragraph is laid out in parts of about this many characters, cut between words.
 */
const PART_CHARS = 3000;

const isBreak = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\u200B';

function parts(runs: Run[]): Run[][] {
  const result: Run[][] = [[]];
  let size = 0;
  for (const run of runs) {
    let text = breakable(run.text);
    while (size + text.length > PART_CHARS) {
      let cut = Math.max(PART_CHARS - size, 0);
      while (cut < text.length && !isBreak(text[cut])) cut += 1;
      if (cut >= text.length) break;
      // A part ends its line: a line break it was cut at is not kept twice.
      result.at(-1)?.push({ ...run, text: text.slice(0, text[cut] === '\n' ? cut : cut + 1) });
      result.push([]);
      size = 0;
      text = text.slice(cut + 1);
    }
    if (text) result.at(-1)?.push({ ...run, text });
    size += text.length;
  }
  return result;
}

function inline(run: Run): Content {
  return {
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italics ? { italics: true } : {}),
    ...(run.strike ? { decoration: 'lineThrough' as const } : {}),
    ...(run.code ? { background: '#eeeeee' } : {}),
  };
}

/** Text with marks, as one pdfmake text or a stack of parts; `style` applies to all of it. */
function marked(runs: Run[], style: Record<string, unknown> = {}): Content {
  const [first, ...rest] = parts(runs);
  if (!rest.length) return { text: (first ?? []).map(inline), ...style };
  return { stack: [first ?? [], ...rest].map((part) => ({ text: part.map(inline) })), ...style };
}

/** A list item of one paragraph sits tight against the next, as on the web page. */
function itemContent(item: MinutesBlock[]): Content {
  const [only, ...rest] = item;
  if (only?.kind === 'paragraph' && rest.length === 0) return marked(only.runs);
  return { stack: item.map(blockContent) };
}

function blockContent(block: MinutesBlock): Content {
  switch (block.kind) {
    case 'heading':
      return marked(block.runs, { bold: true, margin: [0, 6, 0, 2] });
    case 'paragraph':
      return marked(block.runs, { alignment: 'justify', margin: [0, 0, 0, 4] });
    case 'code':
      return marked([{ text: block.text, code: true }], {
        preserveLeadingSpaces: true,
        fontSize: 9,
        margin: [0, 0, 0, 4],
      });
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 4, x2: 200, y2: 4, lineWidth: 0.5 }],
        margin: [0, 0, 0, 8],
      };
    case 'quote':
      return { stack: block.blocks.map(blockContent), color: '#444444', margin: [12, 0, 0, 2] };
    case 'list': {
      const items = block.items.map(itemContent);
      return block.ordered
        ? { ol: items, start: block.start, margin: [0, 0, 0, 4] }
        : { ul: items, margin: [0, 0, 0, 4] };
    }
    case 'table':
      return {
        style: 'table',
        margin: [0, 2, 0, 6],
        table: {
          headerRows: 1,
          widths: block.align.map(() => '*'),
          body: block.rows.map((row, index) =>
            row.map(
              (cell, column): TableCell =>
                marked(cell, {
                  alignment: block.align[column] ?? 'left',
                  ...(index === 0 ? { bold: true, fillColor: '#e8e8e8' } : {}),
                }) as TableCell,
            ),
          ),
        },
      };
  }
}

/** The minutes as the web page shows them: headings, paragraphs, marks, lists and tables. */
export function minutesContent(markdown: string): Content {
  const blocks = minutesBlocks(markdown);
  if (blocks.length === 0) return { text: '-', margin: [14, 0, 0, 0] };
  return { stack: blocks.map(blockContent), margin: [14, 0, 0, 0] };
}
