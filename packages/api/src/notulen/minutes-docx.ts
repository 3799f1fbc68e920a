import {
  AlignmentType,
  BorderStyle,
  type ILevelsOptions,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { MAX_NESTING, type MinutesBlock, minutesBlocks, type Run } from './minutes-markdown';

const FONT = 'Arial';
const CODE_FONT = 'Courier New';
const SIZE = 22; // half-points: 11 pt
const TABLE_SIZE = 19;
/** Twips the minutes' text is in from the margin, and a list level (or a quote) moves it further. */
const BASE = 280;
const STEP = 400;
const TEXT_WIDTH = 9600;

const levelIndent = (level: number) => ({ left: BASE + 280 + level * STEP, hanging: 280 });

function levels(format: (level: number) => { format: ILevelsOptions['format']; text: string }, start = 1) {
  return Array.from({ length: MAX_NESTING + 1 }, (_, level) => ({
    level,
    start,
    ...format(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: levelIndent(level) } },
  }));
}

const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const ordered = (start: number) =>
  levels((level) => ({ format: orderedFormats[level % 3], text: `%${level + 1}.` }), start);
const bullets = levels((level) => ({ format: LevelFormat.BULLET, text: ['•', '◦', '▪'][level % 3] ?? '•' }));

/** The minutes' lists, for the document's `numbering` option (a list starting elsewhere adds its own). */
export const minutesNumbering = [
  { reference: 'minutes-ordered', levels: ordered(1) },
  { reference: 'minutes-bullets', levels: bullets },
];

function numberingOf(list: Extract<MinutesBlock, { kind: 'list' }>) {
  if (!list.ordered) return 'minutes-bullets';
  if (list.start === 1) return 'minutes-ordered';
  return { reference: `minutes-ordered-from-${list.start}`, levels: ordered(list.start) };
}

/** Each list is a numbering instance of its own, so each starts at its first number. */
let instances = 0;

/** Runs as Word runs: a hard line break inside a run becomes a break. */
function textRuns(runs: Run[], size = SIZE, bold = false): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (text, index) =>
        new TextRun({
          text,
          font: run.code ? CODE_FONT : FONT,
          size,
          bold: bold || run.bold,
          italics: run.italics,
          strike: run.strike,
          break: index > 0 ? 1 : undefined,
        }),
    ),
  );
}

/** Where a block sits: the list level it is in (-1: none) and how far quotes moved it in. */
interface Place {
  level: number;
  indent: number;
  quoted: boolean;
}

const quoteBorder = { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } };

function table(block: Extract<MinutesBlock, { kind: 'table' }>, indent: number) {
  const width = Math.floor((TEXT_WIDTH - indent) / block.align.length);
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
  return new Table({
    width: { size: width * block.align.length, type: WidthType.DXA },
    columnWidths: block.align.map(() => width),
    indent: { size: indent, type: WidthType.DXA },
    rows: block.rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          cantSplit: true,
          children: row.map(
            (cell, column) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: alignment[block.align[column] ?? 'left'],
                    children: textRuns(cell, TABLE_SIZE, index === 0),
                  }),
                ],
                shading: index === 0 ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
                margins: { top: 40, bottom: 40, left: 80, right: 80 },
              }),
          ),
        }),
    ),
  });
}

function blocksAt(blocks: MinutesBlock[], place: Place): (Paragraph | Table)[] {
  return blocks.flatMap((block) => blockAt(block, place));
}

function blockAt(block: MinutesBlock, place: Place): (Paragraph | Table)[] {
  const indent = (place.level >= 0 ? levelIndent(place.level).left : BASE) + place.indent;
  const shape = { indent: { left: indent }, border: place.quoted ? quoteBorder : undefined };
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          children: textRuns(block.runs, SIZE, true),
          spacing: { before: 120, after: 60 },
          keepNext: true,
          ...shape,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: textRuns(block.runs),
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 60 },
          ...shape,
        }),
      ];
    case 'code':
      return [
        new Paragraph({
          children: textRuns([{ text: block.text, code: true }], TABLE_SIZE),
          spacing: { after: 60 },
          ...shape,
        }),
      ];
    case 'rule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          spacing: { after: 120 },
          indent: { left: indent },
        }),
      ];
    case 'quote':
      return blocksAt(block.blocks, { ...place, indent: place.indent + STEP, quoted: true });
    case 'table':
      return [table(block, indent)];
    case 'list': {
      const level = place.level + 1;
      const reference = numberingOf(block);
      const instance = ++instances;
      return block.items.flatMap((item) => {
        const [first, ...rest] = item;
        const numbered = first?.kind === 'paragraph' ? first.runs : [];
        return [
          new Paragraph({
            children: textRuns(numbered),
            numbering: { reference, level, instance },
            indent: { ...levelIndent(level), left: levelIndent(level).left + place.indent },
            spacing: { after: 40 },
            ...(place.quoted ? { border: quoteBorder } : {}),
          }),
          ...blocksAt(first?.kind === 'paragraph' ? rest : item, { ...place, level }),
        ];
      });
    }
  }
}

/** The minutes as the web page shows them: headings, paragraphs, marks, lists and tables. */
export function minutesParagraphs(markdown: string): (Paragraph | Table)[] {
  const blocks = minutesBlocks(markdown);
  if (blocks.length === 0)
    return [new Paragraph({ children: textRuns([{ text: '-' }]), indent: { left: BASE } })];
  return blocksAt(blocks, { level: -1, indent: 0, quoted: false });
}
