import { writeFileSync } from 'node:fs';
import { renderNotulenDocx } from './src/notulen/notulen-docx';
import { renderNotulenPdf } from './src/notulen/notulen-pdf';
import type { Notulen } from './src/notulen/notulen-data';
const N = 100_000;
const inputs: Record<string, string> = {
  sample: '## Judul\n\nParagraf dengan **tebal**, *miring*, ~~coret~~ dan `kode` serta [tautan](https://x.id).\n\n- satu\n  - dua\n    1. tiga\n    2. empat\n- lima\n\n| Kolom A | Kolom B |\n|:--|--:|\n| a1 | b1 |\n| a2 | **b2** |\n\n> kutipan\n\n```\nkode\n  blok\n```\n\n---\n\n- [x] selesai\n- [ ] belum\n\n![gambar kantor](https://x.id/a.png)\n',
  brackets: '[]('.repeat(N / 3),
  plain: 'a'.repeat(N),
  words: 'kata '.repeat(N / 5),
  nestedList: '- '.repeat(N / 2) + 'x',
  nestedEm: '*_'.repeat(N / 4) + 'x' + '_*'.repeat(N / 4),
  pairs: '*a* '.repeat(N / 4),
  nestedLinks: '['.repeat(N/4) + 'a' + '](b)'.repeat(N/4),
  indentList8: (() => { let s = ''; for (let i = 0; s.length < N; i++) s += ' '.repeat(16 * i) + '- '.repeat(8) + 'a\n'; return s; })(),
  quoteLines: ('> '.repeat(8) + 'a\n').repeat(N / 17),
  tableRows: '|a|b|\n|-|-|\n' + '|x *y*|[z](u)|\n'.repeat(N / 15),
  table12: '|a|b|c|d|e|f|g|h|i|j|k|l|\n|-|-|-|-|-|-|-|-|-|-|-|-|\n' + '|1|2|3|4|5|6|7|8|9|10|11|12|\n'.repeat(N / 28),
  lines: 'baris\n'.repeat(N / 6),
  listItems: '- butir\n'.repeat(N / 8),
  code: '```\n' + 'kode();\n'.repeat(N / 8) + '```\n',
};
const base: Notulen = { fileBase: 'x', letterhead: { government: 'PEMERINTAH X', office: 'DINAS' }, title: 'Rapat', fields: [{ label: 'Waktu', value: '09.00' }], agenda: ['a'], attendance: [], minutes: '', decisions: [], proposals: [], commitments: [], followUps: [], signedAt: 'Jambi', chair: null, minuteTaker: null };
const only = process.argv[2];
for (const [name, md] of Object.entries(inputs)) {
  if (only && only !== 'all' && name !== only) continue;
  for (const [format, render] of ([['pdf', renderNotulenPdf], ['docx', renderNotulenDocx]] as const).filter(([f]) => !process.argv[3] || f === process.argv[3])) {
    const t0 = process.threadCpuUsage();
    const wall = performance.now();
    try {
      const buf = await render({ ...base, minutes: md });
      const cpu = process.threadCpuUsage(t0);
      console.log(name, format, Math.round((cpu.user + cpu.system) / 1000), 'ms cpu', Math.round(performance.now() - wall), 'ms wall', buf.length, 'bytes');
      if (name === 'sample') writeFileSync(`/tmp/h1/sample.${format}`, buf);
    } catch (e) { console.log(name, format, 'ERROR', (e as Error).stack?.split('\n').slice(0, 4).join(' | ')); }
  }
}
