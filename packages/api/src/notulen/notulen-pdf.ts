import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { minutesContent } from './minutes-pdf';
import type { Notulen, Signatory } from './notulen-data';

// Roboto ships with pdfmake as TrueType files: embedded, so every Latin character (and more) renders.
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`pdfmake/fonts/Roboto/${name}`);
pdfmake.setFonts({
  Roboto: {
    normal: fontFile('Roboto-Regular.ttf'),
    bold: fontFile('Roboto-Medium.ttf'),
    italics: fontFile('Roboto-Italic.ttf'),
    bolditalics: fontFile('Roboto-MediumItalic.ttf'),
  },
});
// The document is built from data only: never let it fetch a URL or read another local file.
pdfmake.setUrlAccessPolicy(() => false);
const fontFiles = new Set(
  ['Regular', 'Medium', 'Italic', 'MediumItalic'].map((s) => fontFile(`Roboto-${s}.ttf`)),
);
pdfmake.setLocalAccessPolicy((file) => fontFiles.has(file));

const PAGE_WIDTH = 595.28;
const MARGIN_X = 56;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const header = (text: string): TableCell => ({ text, style: 'tableHeader' });

function sectionTitle(letter: string, text: string): Content {
  return { text: `${letter}. ${text}`, style: 'section' };
}

function listOrDash(items: string[], ordered = true): Content {
  if (items.length === 0) return { text: '-', margin: [14, 0, 0, 0] };
  return ordered ? { ol: items, margin: [14, 0, 0, 0] } : { ul: items, margin: [14, 0, 0, 0] };
}

function signatureColumn(role: string, person: Signatory | null, placeAndDate = ' '): Content {
  return {
    stack: [
      { text: placeAndDate, alignment: 'center' },
      { text: `${role},`, alignment: 'center' },
      { text: ' ', margin: [0, 0, 0, 48] },
      {
        text: person?.name ?? '(..............................)',
        bold: true,
        decoration: 'underline',
        alignment: 'center',
      },
      ...(person?.nip ? [{ text: `NIP. ${person.nip}`, alignment: 'center' as const }] : []),
    ],
  };
}

/**
 * Part of the agenda (issue 19): the records an earlier meeting of the series left open, with the
 * status each has now. Printed only for a meeting that follows another.
 */
function seriesContent(series: Notulen['series']): Content[] {
  if (!series?.previousMeeting) return [];
  const rows: TableCell[][] = series.carriedOver.map((c, index) => [
    { text: String(index + 1), alignment: 'right' },
    c.what,
    c.who,
    c.status,
  ]);
  return [
    { text: 'Tindak lanjut rapat sebelumnya', bold: true, margin: [14, 6, 0, 2] },
    { text: `Rapat sebelumnya: ${series.previousMeeting}`, margin: [14, 0, 0, 4] },
    {
      style: 'table',
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [20, '*', 130, 80],
        body: [
          [header('No'), header('Uraian'), header('Penanggung Jawab'), header('Status Terkini')],
          ...(rows.length ? rows : [[{ text: '-', colSpan: 4 }, '', '', '']]),
        ],
      },
    },
  ];
}

/** Tata Naskah Dinas minutes: letterhead, details, attendance with signatures, record, signatures. */
export function notulenDocument(n: Notulen): TDocumentDefinitions {
  const attendanceRows: TableCell[][] = n.attendance.map((p, index) => [
    { text: String(index + 1), alignment: 'right' },
    p.name,
    p.position,
    p.office,
    // Paper attendance lists stagger the signature lines so neighbours do not sign over each other.
    p.note
      ? { text: p.note, italics: true, fontSize: 8 }
      : { text: `${index + 1}.`, alignment: index % 2 === 0 ? 'left' : 'center', fontSize: 8 },
  ]);
  const followUpRows: TableCell[][] = n.followUps.map((f, index) => [
    { text: String(index + 1), alignment: 'right' },
    f.what,
    f.who,
    f.due,
  ]);

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 48, MARGIN_X, 56],
    info: { title: `Notulen Rapat: ${n.title}`, subject: 'Notulen Rapat', creator: 'Tindak' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      government: { fontSize: 13, bold: true, alignment: 'center' },
      office: { fontSize: 15, bold: true, alignment: 'center' },
      title: {
        fontSize: 13,
        bold: true,
        alignment: 'center',
        decoration: 'underline',
        margin: [0, 12, 0, 2],
      },
      subtitle: { fontSize: 11, alignment: 'center', margin: [0, 0, 0, 12] },
      section: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      tableHeader: { bold: true, alignment: 'center', fillColor: '#e8e8e8' },
      table: { fontSize: 9 },
    },
    footer: (current, count) => ({
      text: `Halaman ${current} dari ${count}`,
      alignment: 'center',
      fontSize: 8,
      color: '#444444',
      margin: [0, 20, 0, 0],
    }),
    content: [
      ...(n.letterhead.government ? [{ text: n.letterhead.government, style: 'government' }] : []),
      { text: n.letterhead.office, style: 'office' },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 6, x2: CONTENT_WIDTH, y2: 6, lineWidth: 2.5 },
          { type: 'line', x1: 0, y1: 9.5, x2: CONTENT_WIDTH, y2: 9.5, lineWidth: 0.75 },
        ],
      },
      { text: 'NOTULEN RAPAT', style: 'title' },
      { text: n.title, style: 'subtitle' },
      {
        layout: 'noBorders',
        table: {
          widths: [100, 8, '*'],
          body: n.fields.map((f) => [f.label, ':', f.value]),
        },
      },
      sectionTitle('A', 'Agenda'),
      listOrDash(n.agenda),
      ...seriesContent(n.series),
      sectionTitle('B', 'Daftar Hadir'),
      {
        style: 'table',
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [20, '*', '*', '*', 70],
          // Room to sign on every row, even when the name fits on one line.
          heights: (row) => (row === 0 ? 'auto' : 26),
          body: [
            [
              header('No'),
              header('Nama'),
              header('Jabatan'),
              header('Instansi/Wilayah'),
              header('Tanda Tangan'),
            ],
            ...(attendanceRows.length ? attendanceRows : [[{ text: '-', colSpan: 5 }, '', '', '', '']]),
          ],
        },
      },
      sectionTitle('C', 'Pembahasan'),
      minutesContent(n.minutes),
      sectionTitle('D', 'Keputusan'),
      listOrDash(n.decisions),
      sectionTitle('E', 'Usulan'),
      listOrDash(n.proposals),
      sectionTitle('F', 'Komitmen'),
      listOrDash(n.commitments),
      sectionTitle('G', 'Tindak Lanjut'),
      {
        style: 'table',
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [20, '*', 150, 80],
          body: [
            [header('No'), header('Uraian'), header('Penanggung Jawab'), header('Tenggat')],
            ...(followUpRows.length ? followUpRows : [[{ text: '-', colSpan: 4 }, '', '', '']]),
          ],
        },
      },
      {
        unbreakable: true,
        margin: [0, 28, 0, 0],
        stack: [
          {
            columns: [
              signatureColumn('Pimpinan Rapat', n.chair),
              // Place and date go above the last signature, as on a letter.
              signatureColumn('Notulis', n.minuteTaker, n.signedAt),
            ],
            columnGap: 24,
          },
        ],
      },
    ],
  };
}

export function renderNotulenPdf(n: Notulen): Promise<Buffer> {
  return pdfmake.createPdf(notulenDocument(n)).getBuffer();
}
