import type { Nodes, PhrasingContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * The minutes as both documents lay them out, read from the same markdown tree (mdast, GitHub
 * flavoured) the web page renders with react-markdown and remark-gfm.
 */
export interface Run {
  text: string;
  bold?: true;
  italics?: true;
  strike?: true;
  code?: true;
}

export type Align = 'left' | 'center' | 'right';

export type MinutesBlock =
  | { kind: 'heading'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'quote'; blocks: MinutesBlock[] }
  | { kind: 'list'; ordered: boolean; start: number; items: MinutesBlock[][] }
  /** The first row is the header; every row has `align.length` cells. */
  | { kind: 'table'; align: Align[]; rows: Run[][][] };

/**
 * micromark is linear for most input, but not for deep nesting: a line of 4,000 list markers took
 * 3 s and 8,000 overflowed the stack, and a paragraph's emphasis and link brackets cost time in
 * proportion to their number times the paragraph's length (`*_` 5,000 times took 3.6 s). As cmark
 * does, the text is bounded before it is parsed: past these limits markers are escaped, so they
 * show as the characters they are (in code, with the backslash). Real minutes stay far below them.
 */
const MAX_LINE_CONTAINERS = 8;
const MAX_INLINE_MARKS = 1000;
/** Table cells a line may divide (micromark's tables slow down with the number of columns). */
const MAX_LINE_PIPES = 64;
/**
 * Columns of indentation kept at the start of a line: a list nested by indentation alone gains a
 * level every two columns, and micromark slows down with the depth.
 */
const MAX_INDENT = 64;
/** Lists and quotes deeper than this are laid out at this depth: the page is only so wide. */
export const MAX_NESTING = 5;
/** Wider tables keep their extra cells in the last column. */
const MAX_TABLE_COLUMNS = 12;

const isBlank = (line: string) => line.trim() === '';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAsciiPunctuation = (c: string | undefined) => c !== undefined && /^[!-/:-@[-`{-~]$/.test(c);
/** Emphasis (`*`, `_`), strikethrough (`~`) and link or image brackets. */
const isInlineMark = (c: string | undefined) => c === '*' || c === '_' || c === '~' || c === '[' || c === ']';

/** The block quote or list marker at `at`: where its punctuation (`>`, `-`, the `.` of `1.`) is and where it ends. */
function containerMarker(line: string, at: number): { punctuation: number; end: number } | null {
  const c = line[at];
  if (c === '>') return { punctuation: at, end: at + 1 };
  if ((c === '-' || c === '+' || c === '*') && isSpace(line[at + 1])) return { punctuation: at, end: at + 1 };
  let digit = at;
  while (digit < at + 9 && isDigit(line[digit])) digit += 1;
  if (digit > at && (line[digit] === '.' || line[digit] === ')') && isSpace(line[digit + 1]))
    return { punctuation: digit, end: digit + 1 };
  return null;
}

/**
 * One line with its indentation cut to MAX_INDENT columns and a backslash before each marker past
 * the limits. `budget` counts the inline marks of the paragraph the line is in.
 */
function boundLine(line: string, budget: { marks: number }): string {
  let indent = 0;
  let column = 0;
  for (; isSpace(line[indent]); indent += 1) column += line[indent] === '\t' ? 4 - (column % 4) : 1;
  const prefix = column > MAX_INDENT ? ' '.repeat(MAX_INDENT) : line.slice(0, indent);
  const escapes: number[] = [];
  let at = indent;
  for (let containers = 0; ; containers += 1) {
    while (isSpace(line[at])) at += 1;
    const marker = containerMarker(line, at);
    if (!marker) break;
    if (containers === MAX_LINE_CONTAINERS) {
      escapes.push(marker.punctuation);
      at = marker.end;
      break;
    }
    at = marker.end;
  }
  let pipes = 0;
  for (; at < line.length; at += 1) {
    const c = line[at];
    if (c === '\\' && isAsciiPunctuation(line[at + 1])) at += 1;
    else if (isInlineMark(c) && ++budget.marks > MAX_INLINE_MARKS) escapes.push(at);
    else if (c === '|' && ++pipes > MAX_LINE_PIPES) escapes.push(at);
  }
  const parts: string[] = [prefix];
  let from = indent;
  for (const position of escapes) {
    parts.push(line.slice(from, position), '\\');
    from = position;
  }
  parts.push(line.slice(from));
  return parts.join('');
}

/** The markdown with its nesting bounded, in one pass. A blank line ends every paragraph. */
export function boundMarkdown(markdown: string): string {
  const budget = { marks: 0 };
  return markdown
    .split('\n')
    .map((line) => {
      if (!isBlank(line)) return boundLine(line, budget);
      budget.marks = 0;
      return line;
    })
    .join('\n');
}

type Marks = Omit<Run, 'text'>;
type Pending = { node: Nodes; marks: Marks } | { text: string; marks: Marks };

const sameMarks = (a: Marks, b: Marks) =>
  a.bold === b.bold && a.italics === b.italics && a.strike === b.strike && a.code === b.code;

/**
 * Inline content as runs of text with their marks. Walked with a stack of its own: a tree as deep
 * as the limits above allow would overflow a recursive walk.
 */
function runsOf(nodes: readonly Nodes[]): Run[] {
  const runs: Run[] = [];
  const push = (text: string, marks: Marks) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && sameMarks(last, marks)) last.text += text;
    else runs.push({ text, ...marks });
  };
  const stack: Pending[] = nodes.map((node) => ({ node, marks: {} })).reverse();
  const children = (node: { children: readonly Nodes[] }, marks: Marks, after?: string) => {
    if (after) stack.push({ text: after, marks: {} });
    for (let i = node.children.length - 1; i >= 0; i -= 1)
      stack.push({ node: node.children[i] as Nodes, marks });
  };
  for (let item = stack.pop(); item; item = stack.pop()) {
    if ('text' in item) {
      push(item.text, item.marks);
      continue;
    }
    const { node, marks } = item;
    switch (node.type) {
      case 'text':
        // A line break inside a paragraph is a space, as on the web page.
        push(node.value.replaceAll('\n', ' '), marks);
        break;
      case 'inlineCode':
        push(node.value, { ...marks, code: true });
        break;
      case 'html':
        // Raw HTML stays text, as the web page shows it.
        push(node.value, marks);
        break;
      case 'break':
        push('\n', marks);
        break;
      case 'strong':
        children(node, { ...marks, bold: true });
        break;
      case 'emphasis':
        children(node, { ...marks, italics: true });
        break;
      case 'delete':
        children(node, { ...marks, strike: true });
        break;
      case 'link':
        // Paper cannot be clicked: the address follows the text, unless the text is the address.
        children(node, marks, showsItsAddress(node) ? undefined : ` (${node.url})`);
        break;
      case 'image':
      case 'imageReference':
        // Images are never fetched: their description stands in for them.
        push(node.alt ?? '', marks);
        break;
      case 'footnoteReference':
        push(`[${node.label ?? node.identifier}]`, marks);
        break;
      default:
        if ('children' in node) children(node, marks);
        else if ('value' in node) push(node.value, marks);
    }
  }
  return runs;
}

/** `https://x.id`, `www.x.id` and `a@x.id` written as they are: the text is the address. */
function showsItsAddress(node: { url: string; children: readonly PhrasingContent[] }): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text') return false;
  return [only.value, `http://${only.value}`, `mailto:${only.value}`].includes(node.url);
}

function table(node: Table): MinutesBlock {
  const columns = Math.min(Math.max(node.children[0]?.children.length ?? 1, 1), MAX_TABLE_COLUMNS);
  const rows = node.children.map((row) => {
    const cells = row.children.map((cell) => runsOf(cell.children));
    const kept = cells.slice(0, columns);
    for (const extra of cells.slice(columns)) kept[columns - 1]?.push({ text: ' | ' }, ...extra);
    while (kept.length < columns) kept.push([]);
    return kept;
  });
  const align = Array.from({ length: columns }, (_, i) => node.align?.[i] ?? 'left');
  return { kind: 'table', align, rows };
}

const paragraph = (runs: Run[]): MinutesBlock[] => (runs.length ? [{ kind: 'paragraph', runs }] : []);

/** A task list item's box, in characters every font has. */
function withCheckbox(blocks: MinutesBlock[], checked: boolean | null | undefined): MinutesBlock[] {
  if (checked === null || checked === undefined) return blocks;
  const box = { text: checked ? '[x] ' : '[ ] ' };
  const [first, ...rest] = blocks;
  if (first?.kind === 'paragraph') return [{ ...first, runs: [box, ...first.runs] }, ...rest];
  return [{ kind: 'paragraph', runs: [box] }, ...blocks];
}

/** Content past the deepest level: its paragraphs, headings, code and tables, in order, unnested. */
function flattened(nodes: readonly Nodes[]): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'paragraph' || node.type === 'heading')
      blocks.push(...paragraph(runsOf(node.children)));
    else if (node.type === 'table' || node.type === 'code' || node.type === 'thematicBreak')
      blocks.push(...blocksOf([node], MAX_NESTING));
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as Nodes);
  }
  return blocks;
}

function blocksOf(nodes: readonly Nodes[], depth: number): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  for (const node of nodes) {
    const nested = node.type === 'list' || node.type === 'blockquote' || node.type === 'footnoteDefinition';
    if (nested && depth >= MAX_NESTING) {
      blocks.push(...flattened([node]));
      continue;
    }
    switch (node.type) {
      case 'heading': {
        const runs = runsOf(node.children);
        if (runs.length) blocks.push({ kind: 'heading', runs });
        break;
      }
      case 'paragraph':
        blocks.push(...paragraph(runsOf(node.children)));
        break;
      case 'html':
        blocks.push(...paragraph([{ text: node.value }]));
        break;
      case 'code':
        blocks.push({ kind: 'code', text: node.value });
        break;
      case 'thematicBreak':
        blocks.push({ kind: 'rule' });
        break;
      case 'table':
        blocks.push(table(node));
        break;
      case 'list':
        blocks.push({
          kind: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          items: node.children.map((item) => withCheckbox(blocksOf(item.children, depth + 1), item.checked)),
        });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: blocksOf(node.children, depth + 1) });
        break;
      case 'footnoteDefinition':
        blocks.push({
          kind: 'quote',
          blocks: [
            ...paragraph([{ text: `[${node.label ?? node.identifier}]` }]),
            ...blocksOf(node.children, depth + 1),
          ],
        });
        break;
      // Link reference definitions are not shown; anything else is kept for its text.
      case 'definition':
        break;
      default:
        blocks.push(...flattened([node]));
    }
  }
  return blocks;
}

/** The minutes' markdown as blocks for the PDF and the DOCX. */
export function minutesBlocks(markdown: string): MinutesBlock[] {
  const tree = fromMarkdown(boundMarkdown(markdown), {
    // Bare addresses (www.x.id) are found in the text afterwards (mdast-util-gfm), and shown as
    // they are written. Finding them while parsing looked back over the whole paragraph at every
    // letter after an unclosed `[`: 2,000 of them took seconds.
    extensions: [gfm(), { disable: { null: ['wwwAutolink', 'protocolAutolink', 'emailAutolink'] } }],
    mdastExtensions: [gfmFromMarkdown()],
  });
  return blocksOf(tree.children, 0);
}
