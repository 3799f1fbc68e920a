import { minutesBlocks } from './src/notulen/minutes-markdown';
const N = 100_000;
const inputs: Record<string, string> = {
  brackets: '[]('.repeat(N / 3),
  plain: 'a'.repeat(N),
  words: 'kata '.repeat(N / 5),
  nestedList: '- '.repeat(N / 2) + 'x',
  nestedOl: '1. '.repeat(N / 3) + 'x',
  nestedQuote: '> '.repeat(N / 2) + 'x',
  nestedEm: '*_'.repeat(N / 4) + 'x' + '_*'.repeat(N / 4),
  strong: '**'.repeat(N / 4) + 'x' + '**'.repeat(N / 4),
  pairs: '*a* '.repeat(N / 4),
  nestedLinks: '['.repeat(N/4) + 'a' + '](b)'.repeat(N/4),
  uscore: '_a '.repeat(N / 6) + 'x' + ' b_'.repeat(N / 6),
  indentList: (() => { let s = ''; for (let i = 0; s.length < N; i++) s += ' '.repeat(2 * i) + '- a\n'; return s; })(),
  indentList8: (() => { let s = ''; for (let i = 0; s.length < N; i++) s += ' '.repeat(16 * i) + '- '.repeat(8) + 'a\n'; return s; })(),
  quoteLines: ('> '.repeat(8) + 'a\n').repeat(N / 17),
  tableWide: '|a'.repeat(N / 4) + '|\n' + '|-'.repeat(N / 4) + '|\n',
  tableRows: '|a|b|\n|-|-|\n' + '|x *y*|[z](u)|\n'.repeat(N / 15),
  autolink: 'www.a'.repeat(N / 5),
  footnotes: '[^a]'.repeat(N/4) + '\n\n[^a]: b',
};
for (const [name, md] of Object.entries(inputs)) {
  const t0 = process.threadCpuUsage(); const t = { valueOf: () => 0 };
  try {
    const blocks = minutesBlocks(md);
    console.log(name, md.length, Math.round((process.threadCpuUsage(t0).user + process.threadCpuUsage(t0).system) / 1000), 'ms', blocks.length, JSON.stringify(blocks).length);
  } catch (e) { console.log(name, 'ERROR', (e as Error).message); }
}
