import { execFileSync } from 'node:child_process';
import { minutesBlocks } from './src/notulen/minutes-markdown';
import { renderNotulenPdf } from './src/notulen/notulen-pdf';
const md = '[]('.repeat(33_333);
const blocks = minutesBlocks(md);
const flat = JSON.stringify(blocks);
const runs = (blocks[0] as any).runs.map((r: any) => r.text).join('');
console.log('runs len', runs.length, 'count', runs.split('[](').length - 1);
const base = { fileBase: 'x', letterhead: { government: 'PEMERINTAH X', office: 'DINAS' }, title: 'Rapat', fields: [{ label: 'a', value: 'b' }], agenda: ['a'], attendance: [], decisions: [], proposals: [], commitments: [], followUps: [], signedAt: 'Jambi', chair: null, minuteTaker: null };
const pdf = await renderNotulenPdf({ ...base, minutes: md });
for (const args of [['-layout'], ['-raw'], []]) {
  const text = execFileSync('pdftotext', [...args, '-', '-'], { input: pdf, maxBuffer: 1 << 26 }).toString().replaceAll('\u200B', '');
  console.log(args, text.replace(/\s/g, '').split('[](').length - 1, (text.match(/\[/g) ?? []).length, (text.match(/\]/g) ?? []).length, (text.match(/\(/g) ?? []).length);
}
