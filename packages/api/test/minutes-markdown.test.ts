import { describe, expect, it } from 'vitest';
import {
  boundMarkdown,
  MAX_NESTING,
  type MinutesBlock,
  minutesBlocks,
} from '../src/notulen/minutes-markdown';

/** The minutes' markdown as both documents lay it out: the tree the web page renders, bounded. */
function blockText(block: MinutesBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.runs.map((run) => run.text).join('');
    case 'code':
      return block.text;
    case 'rule':
      return '---';
    case 'quote':
      return text(block.blocks);
    case 'list':
      return block.items.map(text).join('\n');
    case 'table':
      return block.rows
        .map((row) => row.map((cell) => cell.map((run) => run.text).join('')).join('|'))
        .join('\n');
  }
}

const text = (blocks: MinutesBlock[]): string => blocks.map(blockText).join('\n');

/** How deep the lists and quotes go. */
function depth(blocks: MinutesBlock[]): number {
  return Math.max(
    0,
    ...blocks.map((block) =>
      block.kind === 'list'
        ? 1 + Math.max(0, ...block.items.map(depth))
        : block.kind === 'quote'
          ? 1 + depth(block.blocks)
          : 0,
    ),
  );
}

describe('minutes markdown', () => {
  const ordinary = [
    '## Arahan Gubernur',
    '',
    'Nilai SPBE harus **meningkat** setiap tahun; *hentikan* hosting di luar daerah, ~~tahun depan~~ segera.',
    'Lihat [portal](https://data.jambiprov.go.id), www.jambiprov.go.id dan `kode_aplikasi`.',
    '',
    '3. Pendataan',
    '   - layanan publik',
    '     - [x] sudah',
    '     - [ ] belum',
    '4. Migrasi',
    '',
    '| Kabupaten | Target |',
    '|---|--:|',
    '| Kerinci | 12 |',
    '| Tebo |',
    '',
    '> Catatan: **penting**.',
    '',
    '```',
    'a_b_c *d*',
    '```',
    '',
    '---',
    '![Foto rapat](https://example.com/foto.jpg)',
  ].join('\n');

  it('leaves ordinary minutes as they are written', () => {
    expect(boundMarkdown(ordinary)).toBe(ordinary);
  });

  it('reads headings, marks, links, nested lists, tables, quotes, code and images', () => {
    const [heading, marked, list, table, quote, code, rule, image] = minutesBlocks(ordinary);
    expect(heading).toEqual({ kind: 'heading', runs: [{ text: 'Arahan Gubernur' }] });
    expect(marked?.kind === 'paragraph' && marked.runs).toEqual([
      { text: 'Nilai SPBE harus ' },
      { text: 'meningkat', bold: true },
      { text: ' setiap tahun; ' },
      { text: 'hentikan', italics: true },
      { text: ' hosting di luar daerah, ' },
      { text: 'tahun depan', strike: true },
      // A link's address follows its text; a bare address is shown once.
      { text: ' segera. Lihat portal (https://data.jambiprov.go.id), www.jambiprov.go.id dan ' },
      { text: 'kode_aplikasi', code: true },
      { text: '.' },
    ]);
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(text(list ? [list] : [])).toBe('Pendataan\nlayanan publik\n[x] sudah\n[ ] belum\nMigrasi');
    expect(depth(list ? [list] : [])).toBe(3);
    expect(table).toEqual({
      kind: 'table',
      align: ['left', 'right'],
      rows: [
        [[{ text: 'Kabupaten' }], [{ text: 'Target' }]],
        [[{ text: 'Kerinci' }], [{ text: '12' }]],
        [[{ text: 'Tebo' }], []],
      ],
    });
    expect(quote).toEqual({
      kind: 'quote',
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Catatan: ' }, { text: 'penting', bold: true }, { text: '.' }] },
      ],
    });
    expect(code).toEqual({ kind: 'code', text: 'a_b_c *d*' });
    expect(rule).toEqual({ kind: 'rule' });
    // Images are never fetched: their description stands in for them.
    expect(image).toEqual({ kind: 'paragraph', runs: [{ text: 'Foto rapat' }] });
  });

  it('lays out lists and quotes deeper than the page allows at the deepest level', () => {
    const nested = Array.from(
      { length: 12 },
      (_, level) => `${'  '.repeat(level)}- tingkat ${level + 1}`,
    ).join('\n');
    const blocks = minutesBlocks(`${nested}\n\n${'> '.repeat(8)}kutipan`);
    expect(depth(blocks)).toBe(MAX_NESTING);
    expect(text(blocks)).toBe(
      [...Array.from({ length: 12 }, (_, level) => `tingkat ${level + 1}`), 'kutipan'].join('\n'),
    );
  });

  it('keeps past its limits as text: markers on one line, marks in a paragraph, indentation, columns', () => {
    // One line opens eight lists; the ninth marker is text.
    expect(text(minutesBlocks(`${'- '.repeat(9)}akhir`))).toBe('- akhir');
    // 1,000 marks in a paragraph are read as marks, the rest as the characters they are.
    const marks = minutesBlocks(`${'*a* '.repeat(600)}\n\n*b*`);
    const [first, second] = marks;
    expect(first?.kind === 'paragraph' && first.runs.filter((run) => run.italics).length).toBe(500);
    expect(text(marks).match(/\*a\*/g)).toHaveLength(100);
    expect(second).toEqual({ kind: 'paragraph', runs: [{ text: 'b', italics: true }] });
    // 2,000 unclosed brackets and what follows them.
    expect(text(minutesBlocks(`${'['.repeat(2000)}a${'](b)'.repeat(2000)}`))).toBe(
      `${'['.repeat(2000)}a${'](b)'.repeat(2000)}`,
    );
    // A list nested 300 deep by indentation alone.
    const indented = Array.from({ length: 300 }, (_, level) => `${' '.repeat(2 * level)}- ${level + 1}`);
    expect(
      text(minutesBlocks(indented.join('\n')))
        .split('\n')
        .at(-1),
    ).toMatch(/\d+$/);
    // A table of 20 columns keeps 12, the last holding the rest; one of 80 is text.
    const table = (columns: number) =>
      [0, 1, 2]
        .map((row) =>
          Array.from({ length: columns }, (_, column) => (row === 1 ? '-' : `${row}.${column + 1}`)),
        )
        .map((cells) => `|${cells.join('|')}|`)
        .join('\n');
    const [twenty] = minutesBlocks(table(20));
    expect(twenty?.kind === 'table' && twenty.align).toHaveLength(12);
    const header = twenty?.kind === 'table' ? twenty.rows[0] : [];
    expect(header?.[0]).toEqual([{ text: '0.1' }]);
    expect(header?.[11]?.map((run) => run.text).join('')).toBe(
      Array.from({ length: 9 }, (_, column) => `0.${column + 12}`).join(' | '),
    );
    const [eighty] = minutesBlocks(table(80));
    expect(eighty?.kind).toBe('paragraph');
    expect(text([eighty as MinutesBlock])).toContain('|2.80|');
  });
});
