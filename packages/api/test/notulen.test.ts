import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParticipantInput } from '@tindak/shared';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';
import { ensurePoppler } from './support/poppler';

const api = useTestApi();
let app: FastifyInstance;
let cookie: string;
let meetingId: string;
let pdf: Buffer;
let docx: Buffer;

/** Page images go where the end-to-end screenshots go, for a person to look at. */
const artifacts = path.resolve(fileURLToPath(import.meta.url), '../../../../tests/artifacts/notulen');

const firstNames = ['Siti', 'Ahmad', 'Dewi', 'Rahmat', 'Nur', 'Putri', 'Bambang', 'Wahyu', 'Sri', 'Agus'];
const lastNames = ['Rahayu', 'Hidayat', 'Lestari', 'Saputra', 'Wulandari', 'Gunawan', 'Susanti', 'Pratama'];
const regencies = [
  '15.01',
  '15.02',
  '15.03',
  '15.04',
  '15.05',
  '15.06',
  '15.07',
  '15.08',
  '15.09',
  '15.71',
  '15.72',
];
/** 198 guests plus the chair and the minute-taker: 200 on the attendance list. */
const guestNames = Array.from(
  { length: 198 },
  (_, i) =>
    `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length]} ${String(i + 1).padStart(3, '0')}`,
);

const minutes = [
  '## Arahan Gubernur Jambi',
  ...Array.from(
    { length: 30 },
    (_, i) =>
      `- Arahan ke-${i + 1}: nilai SPBE harus meningkat setiap tahun; manfaatkan **Data Center Provinsi Jambi** dan hentikan hosting berbayar di luar daerah.`,
  ),
  '',
  '## Paparan Kabupaten/Kota',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `Kabupaten/kota ke-${i + 1} memaparkan kondisi jaringan, titik blank spot yang tersisa, kesiapan literasi digital masyarakat serta rencana adopsi QRIS di pasar tradisional.\n`,
  ),
  '1. Pemerataan literasi digital.',
  '2. Integrasi layanan ke Data Center Provinsi.',
].join('\n');

function pdfText(buffer: Buffer): string[] {
  // pdftotext writes one form feed after every page.
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: buffer, maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8')
    .split('\f')
    .slice(0, -1);
}

beforeAll(async () => {
  ensurePoppler();
  app = await buildServer({ db: api.database.db, logger: false });
  cookie = (await signInOverHttp(app, api)).cookie;
  const caller = api.caller();
  const hostId = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Provinsi Jambi', '15')).id;
  const komdigiId = (
    await caller.organizations.create({ name: 'Kementerian Komunikasi dan Digital', kind: 'ministry' })
  ).id;
  const offices = await Promise.all(
    regencies.map(async (code) => (await makeOffice(api, `Diskominfo ${code}`, code)).id),
  );
  const chair = await caller.people.create({
    fullName: 'Drs. Ariansyah, M.E.',
    position: 'Kepala Dinas Kominfo Provinsi Jambi',
    nip: '196801011990031001',
    organizationId: hostId,
  });
  const notulis = await caller.people.create({
    fullName: 'Rina Marlina, S.Kom.',
    position: 'Pranata Komputer Ahli Muda',
    organizationId: hostId,
  });
  const participants: ParticipantInput[] = [
    { kind: 'person', personId: chair.id, role: 'chair', attendance: 'present' },
    { kind: 'person', personId: notulis.id, role: 'minute_taker', attendance: 'present' },
    ...guestNames.map(
      (guestName, i): ParticipantInput => ({
        kind: 'guest',
        guestName,
        guestPosition: i % 3 === 0 ? 'Kepala Bidang Aplikasi Informatika' : 'Pranata Komputer',
        organizationId: offices[i % offices.length] ?? null,
        regionCode: regencies[i % regencies.length] ?? null,
        attendance: i % 17 === 5 ? 'absent' : 'present',
      }),
    ),
  ];
  const meeting = await caller.meetings.create(meetingInput(hostId, { participants }));
  meetingId = meeting.id;
  await caller.meetings.saveMinutes({
    id: meetingId,
    version: meeting.version,
    minutes,
    agenda: [
      { title: 'Pembukaan oleh Gubernur Jambi' },
      { title: 'Arahan: SPBE, Data Center dan literasi digital' },
      { title: 'Diskusi dan kesepakatan tindak lanjut' },
    ],
  });
  const proposal = await caller.proposals.create({
    title: 'ToT Talent Digital untuk ASN',
    proposerOrganizationIds: [hostId],
    addressedToOrganizationId: komdigiId,
    meetingIds: [meetingId],
    submit: true,
  });
  await caller.proposals.transition({
    id: proposal.id,
    version: proposal.version,
    action: 'accept',
    decisionNote: 'Jambi menjadi daerah prioritas.',
  });
  await caller.commitments.create({
    title: 'Jambi menjadi daerah prioritas akses internet',
    committedByOrganizationId: komdigiId,
    regionCodes: ['15'],
    meetingId,
    dueOn: '2026-06-30',
  });
  for (let i = 1; i <= 40; i += 1) {
    await caller.actionItems.create({
      title: `Migrasi aplikasi ${i} ke Data Center Provinsi`,
      meetingId,
      ownerOrganizationId: offices[i % offices.length] ?? hostId,
      dueOn: `2026-0${1 + (i % 9)}-15`,
    });
  }
  const get = (ext: string) =>
    app.inject({ method: 'GET', url: `/api/rapat/${meetingId}/notulen.${ext}`, headers: { cookie } });
  const [pdfResponse, docxResponse] = await Promise.all([get('pdf'), get('docx')]);
  expect(pdfResponse.statusCode).toBe(200);
  expect(pdfResponse.headers['content-type']).toBe('application/pdf');
  expect(pdfResponse.headers['content-disposition']).toContain(
    'attachment; filename="Notulen-Rakornis-Kominfo-2025-2025-11-03.pdf"',
  );
  expect(docxResponse.statusCode).toBe(200);
  expect(docxResponse.headers['content-disposition']).toContain(
    'Notulen-Rakornis-Kominfo-2025-2025-11-03.docx',
  );
  pdf = pdfResponse.rawPayload;
  docx = docxResponse.rawPayload;
}, 180_000);
afterAll(async () => {
  await app?.close();
});

describe('GET /api/rapat/:id/notulen.pdf', () => {
  it('has the letterhead, the Indonesian labels and every participant, over several pages', () => {
    const pages = pdfText(pdf);
    expect(pages.length).toBeGreaterThan(3);
    const all = pages.join('\n');
    const first = pages[0] ?? '';
    expect(first).toContain('PEMERINTAH PROVINSI JAMBI');
    expect(first).toContain('DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI JAMBI');
    expect(first).toContain('NOTULEN RAPAT');
    expect(first).toMatch(/Hari\/Tanggal\s+:\s+Senin, 3 November 2025/);
    expect(first).toMatch(/Waktu\s+:\s+09\.00–15\.00 WIB/);
    expect(first).toMatch(/Tempat\s+:\s+Auditorium Rumah Dinas Gubernur Jambi/);
    expect(first).toMatch(/Pimpinan Rapat\s+:\s+Drs\. Ariansyah, M\.E\./);
    expect(first).toMatch(/Notulis\s+:\s+Rina Marlina, S\.Kom\./);
    for (const label of ['Pembahasan', 'Keputusan', 'Usulan', 'Komitmen', 'Tindak Lanjut', 'Daftar Hadir'])
      expect(all).toContain(label);
    for (const name of guestNames) expect(all).toContain(name);
    expect(all).toContain('Arahan ke-30: nilai SPBE');
    expect(all).toContain('ToT Talent Digital untuk ASN');
    expect(all).toContain('Jambi menjadi daerah prioritas akses internet');
    expect(all).toContain('Migrasi aplikasi 40 ke Data Center Provinsi');
    expect(all).toContain('Tidak hadir');
    expect(all).toContain('NIP. 196801011990031001');
    for (const [index, page] of pages.entries())
      expect(page).toContain(`Halaman ${index + 1} dari ${pages.length}`);
  });

  it('repeats the header row of a table on every page it continues on', () => {
    const pages = pdfText(pdf);
    const attendancePages = pages.filter((p) => guestNames.some((name) => p.includes(name)));
    expect(attendancePages.length).toBeGreaterThan(2);
    for (const page of attendancePages)
      expect(page).toMatch(/No\s+Nama\s+Jabatan\s+Instansi\/Wilayah\s+Tanda Tangan/);
    const followUpPages = pages.filter((p) => /Migrasi aplikasi \d+ ke/.test(p));
    for (const page of followUpPages) expect(page).toMatch(/No\s+Uraian\s+Penanggung Jawab\s+Tenggat/);
    const last = pages.at(-1) ?? '';
    expect(last).toContain('Pimpinan Rapat,');
    expect(last).toContain('Notulis,');
    expect(last).toContain('Jambi, 3 November 2025');
  });

  it('renders pages that are not blank, with the letterhead on top of page 1', () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, 'notulen.pdf'), pdf);
    writeFileSync(path.join(artifacts, 'notulen.docx'), docx);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      path.join(artifacts, 'notulen.pdf'),
      path.join(artifacts, 'page'),
    ]);
    const files = readdirSync(artifacts)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(files.length).toBe(pdfText(pdf).length);
    const darkShare = (png: PNG, fromRow: number, toRow: number) => {
      let dark = 0;
      for (let y = fromRow; y < toRow; y += 1)
        for (let x = 0; x < png.width; x += 1) {
          const i = (y * png.width + x) * 4;
          if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 600) dark += 1;
        }
      return dark / ((toRow - fromRow) * png.width);
    };
    for (const file of files) {
      const png = PNG.sync.read(readFileSync(path.join(artifacts, file)));
      expect(darkShare(png, 0, png.height), file).toBeGreaterThan(0.005);
    }
    const first = PNG.sync.read(readFileSync(path.join(artifacts, files[0] ?? '')));
    // The letterhead (two lines and a double rule) fills the top band of page 1.
    const band = Math.round(first.height * 0.12);
    expect(darkShare(first, Math.round(first.height * 0.04), band)).toBeGreaterThan(0.01);
  });
});

describe('GET /api/rapat/:id/notulen.docx', () => {
  it('holds the same content, with repeating table headers and the signature block', async () => {
    const zip = await JSZip.loadAsync(docx);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const name of guestNames) expect(text).toContain(name);
    expect(text).toContain('PEMERINTAH PROVINSI JAMBI');
    expect(text).toContain('NOTULEN RAPAT');
    expect(text).toContain('Tanda Tangan');
    expect(text).toContain('Penanggung Jawab');
    expect(text).toContain('Pimpinan Rapat,');
    expect(text).toContain('Notulis,');
    expect(text).toContain('NIP. 196801011990031001');
    // The attendance and follow-up tables: their first row repeats on every page.
    expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g)?.length).toBeGreaterThanOrEqual(
      2,
    );
    const footer = Object.keys(zip.files).find((f) => /^word\/footer\d*\.xml$/.test(f)) ?? '';
    const footerXml = (await zip.file(footer)?.async('string')) ?? '';
    expect(footerXml).toContain('Halaman');
    expect(footerXml).toContain('NUMPAGES');
  });
});

describe('notulen routes', () => {
  it('answer 401 without a session', async () => {
    for (const ext of ['pdf', 'docx']) {
      const response = await app.inject({ method: 'GET', url: `/api/rapat/${meetingId}/notulen.${ext}` });
      expect(response.statusCode).toBe(401);
    }
  });

  it('answer 404 for a meeting outside the caller’s scope, an unknown one and a malformed id', async () => {
    const banyuasin = await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07');
    const outside = await signInOverHttp(app, api, 'head', banyuasin.id);
    for (const url of [
      `/api/rapat/${meetingId}/notulen.pdf`,
      `/api/rapat/${meetingId}/notulen.docx`,
      '/api/rapat/00000000-0000-4000-8000-000000000000/notulen.pdf',
    ]) {
      const response = await app.inject({ method: 'GET', url, headers: { cookie: outside.cookie } });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.message).toBe('Rapat tidak ditemukan.');
    }
    const malformed = await app.inject({
      method: 'GET',
      url: '/api/rapat/bukan-id/notulen.pdf',
      headers: { cookie },
    });
    expect(malformed.statusCode).toBe(404);
  });
});
