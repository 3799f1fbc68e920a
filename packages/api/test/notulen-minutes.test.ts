import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';
import { ensurePoppler } from './support/poppler';

/** The minutes' markdown in the PDF and DOCX, as the web page shows it, whatever the text holds. */
const api = useTestApi();
let app: FastifyInstance;
let cookie: string;
let hostId: string;

beforeAll(async () => {
  ensurePoppler();
  app = await buildServer({ db: api.database.db, logger: false });
  cookie = (await signInOverHttp(app, api)).cookie;
  hostId = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Provinsi Jambi', '15')).id;
});
afterAll(async () => {
  await app?.close();
});

async function meetingWithMinutes(minutes: string): Promise<string> {
  const meeting = await api.caller().meetings.create(meetingInput(hostId));
  await api.caller().meetings.saveMinutes({ id: meeting.id, version: meeting.version, minutes });
  return meeting.id;
}

/**
 * Downloads a meeting's minutes, counting the main thread's timer ticks while a document thread
 * renders them: rendering on the request thread would leave no tick in between.
 */
async function download(meetingId: string, extension: 'pdf' | 'docx') {
  let ticksWhileRendering = 0;
  const timer = setInterval(() => {
    if (app.documents.stats().rendering > 0) ticksWhileRendering += 1;
  }, 1);
  try {
    const response = await app.inject({
      method: 'GET',
      url: `/api/rapat/${meetingId}/notulen.${extension}`,
      headers: { cookie },
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    return { content: response.rawPayload, ticksWhileRendering };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The PDF's text, with its spaces and line ends as single spaces (justified lines are spread out)
 * and without the zero-width break opportunities long words carry.
 */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8')
    .replaceAll('\u200B', '')
    .replace(/\s+/g, ' ');
}

async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

const wordText = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe('the minutes in the documents', () => {
  const minutes = [
    '## Hasil Pembahasan',
    '',
    'Peserta menyepakati **tiga langkah** dan _satu catatan_, ~~bukan empat~~, lihat [portal Satu Data](https://data.jambiprov.go.id) dan `SPBE-2026`.',
    '',
    '1. Pendataan aplikasi',
    '   - aplikasi layanan publik',
    '   - aplikasi administrasi',
    '2. Migrasi ke Data Center',
    '',
    '| Kabupaten | Aplikasi | Target |',
    '|:--|:-:|--:|',
    '| Kerinci | 12 | Juni 2026 |',
    '| Tebo | 7 | Agustus 2026 |',
    '',
    '> Catatan Gubernur: tidak ada hosting berbayar di luar daerah.',
    '',
    '![Foto suasana rapat](https://example.com/foto.jpg)',
  ].join('\n');
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await meetingWithMinutes(minutes);
  });

  it('keeps the headings, lists, table, marks and links in the PDF, without markdown signs', async () => {
    const text = pdfText((await download(meetingId, 'pdf')).content);
    expect(text).toContain('Hasil Pembahasan');
    // pdftotext puts a space where the font changes (bold, italic) and where a line wraps.
    expect(text.replace(/\s/g, '')).toContain(
      'Pesertamenyepakatitigalangkahdansatucatatan,bukanempat,lihatportalSatuData(https://data.jambiprov.go.id)danSPBE-2026.',
    );
    expect(text).toMatch(/1\.\s+Pendataan aplikasi/);
    expect(text).toMatch(/aplikasi layanan publik .*aplikasi administrasi/);
    expect(text).toMatch(/2\.\s+Migrasi ke Data Center/);
    // The table's rows stay rows: each one's cells on one line.
    expect(text).toMatch(/Kabupaten\s+Aplikasi\s+Target/);
    expect(text).toMatch(/Kerinci\s+12\s+Juni 2026/);
    expect(text).toMatch(/Tebo\s+7\s+Agustus 2026/);
    expect(text).toContain('Catatan Gubernur: tidak ada hosting berbayar di luar daerah.');
    // An image is not fetched: its description stands in for it.
    expect(text).toContain('Foto suasana rapat');
    for (const sign of ['**', '~~', '|:--', '##', '![', '> Catatan']) expect(text).not.toContain(sign);
  });

  it('keeps them in the DOCX: numbered and nested lists, a table and the marks as Word runs', async () => {
    const xml = await documentXml((await download(meetingId, 'docx')).content);
    const text = wordText(xml);
    expect(text).toContain('Hasil Pembahasan');
    expect(text).not.toContain('**');
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>tiga langkah<\/w:t>/s);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>satu catatan<\/w:t>/s);
    expect(xml).toMatch(/<w:strike\/>(?:(?!<\/w:r>).)*<w:t[^>]*>bukan empat<\/w:t>/s);
    const paragraph = (words: string) => xml.split('</w:p>').find((p) => wordText(p).includes(words)) ?? '';
    // The ordered items on the first level, the bullets under the first one level deeper.
    expect(paragraph('Pendataan aplikasi')).toMatch(/<w:ilvl w:val="0"\/>/);
    expect(paragraph('aplikasi layanan publik')).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(paragraph('Migrasi ke Data Center')).toMatch(/<w:ilvl w:val="0"\/>/);
    const table = xml.split('<w:tbl>').find((t) => t.includes('Kabupaten')) ?? '';
    const cells = [...table.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((match) => wordText(match[1] ?? ''));
    expect(cells.slice(0, 9)).toEqual([
      'Kabupaten',
      'Aplikasi',
      'Target',
      'Kerinci',
      '12',
      'Juni 2026',
      'Tebo',
      '7',
      'Agustus 2026',
    ]);
    expect(text).toContain('Foto suasana rapat');
  });
});

/**
 * Text that stopped the server for seconds to hours: a backtracking pattern on `[](`, the layout of
 * one unbroken line, and nesting deep enough to slow or overflow a parser.
 */
describe('minutes written to stop the server', () => {
  const cases: [string, string, (text: string) => void][] = [
    [
      '100,000 characters of "[]("',
      '[]('.repeat(33_333),
      (text) => {
        expect(text.split('[').length - 1).toBe(33_333);
        expect(text.split(']').length - 1).toBe(33_333);
      },
    ],
    [
      '100,000 characters in one line',
      'Z'.repeat(100_000),
      (text) => expect(text.replace(/[^Z]/g, '').length).toBe(100_000),
    ],
    ['list markers 50,000 deep', `${'- '.repeat(49_990)}akhir`, (text) => expect(text).toContain('akhir')],
    [
      'emphasis markers 25,000 deep',
      `${'*_'.repeat(24_990)}akhir${'_*'.repeat(24_990)}`,
      (text) => expect(text).toContain('akhir'),
    ],
    ['quotes 50,000 deep', `${'> '.repeat(49_990)}akhir`, (text) => expect(text).toContain('akhir')],
  ];

  for (const [name, markdown, holds] of cases) {
    it(`renders ${name} as PDF and DOCX, off the request thread`, { timeout: 240_000 }, async () => {
      const meetingId = await meetingWithMinutes(markdown);
      const pdf = await download(meetingId, 'pdf');
      expect(pdf.ticksWhileRendering).toBeGreaterThan(0);
      holds(pdfText(pdf.content));
      const docx = await download(meetingId, 'docx');
      expect(docx.ticksWhileRendering).toBeGreaterThan(0);
      holds(wordText(await documentXml(docx.content)));
    });
  }
});
