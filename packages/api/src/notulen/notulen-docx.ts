import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { minutesNumbering, minutesParagraphs } from './minutes-docx';
import type { Notulen, Signatory } from './notulen-data';

const FONT = 'Arial';
const SIZE = 22; // half-points: 11 pt
const TABLE_SIZE = 19;

function text(value: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) {
  return new TextRun({ text: value, font: FONT, size: options.size ?? SIZE, ...options });
}

function para(value: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) {
  return new Paragraph({ children: [text(value)], spacing: { after: 60 }, ...options });
}

function section(letter: string, title: string) {
  return new Paragraph({
    children: [text(`${letter}. ${title}`, { bold: true })],
    spacing: { before: 240, after: 80 },
    keepNext: true,
  });
}

/** Each ordered list gets its own numbering instance, so it starts again at 1. */
let instances = 0;

function list(items: string[], ordered: boolean) {
  const instance = ++instances;
  if (items.length === 0) return [para('-', { indent: { left: 280 } })];
  return items.map(
    (item) =>
      new Paragraph({
        children: [text(item)],
        numbering: ordered ? { reference: 'ordered', level: 0, instance } : undefined,
        bullet: ordered ? undefined : { level: 0 },
        spacing: { after: 40 },
      }),
  );
}

function cell(
  value: string,
  options: { header?: boolean; align?: 'left' | 'right' | 'center'; italics?: boolean; span?: number } = {},
) {
  const alignment =
    options.align === 'right'
      ? AlignmentType.RIGHT
      : options.align === 'center' || options.header
        ? AlignmentType.CENTER
        : AlignmentType.LEFT;
  return new TableCell({
    children: [
      new Paragraph({
        alignment,
        children: [text(value, { bold: options.header, italics: options.italics, size: TABLE_SIZE })],
      }),
    ],
    columnSpan: options.span,
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A table whose first row repeats on every page and whose rows never break across pages. */
function table(headers: string[], widths: number[], rows: ReturnType<typeof cell>[][]) {
  const body = rows.length ? rows : [[cell('-', { span: headers.length })]];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h) => cell(h, { header: true })),
      }),
      ...body.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  });
}

function signature(role: string, person: Signatory | null) {
  const center = AlignmentType.CENTER;
  return new TableCell({
    borders: TableBorders.NONE,
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({ alignment: center, children: [text(`${role},`)], spacing: { after: 1200 } }),
      new Paragraph({
        alignment: center,
        children: [
          new TextRun({
            text: person?.name ?? '(..............................)',
            font: FONT,
            size: SIZE,
            bold: true,
            underline: {},
          }),
        ],
      }),
      ...(person?.nip ? [new Paragraph({ alignment: center, children: [text(`NIP. ${person.nip}`)] })] : []),
    ],
  });
}

/**
 * Part of the agenda (issue 19): the records an earlier meeting of the series left open, with the
 * status each has now. Written only for a meeting that follows another.
 */
function seriesParagraphs(series: Notulen['series']) {
  if (!series?.previousMeeting) return [];
  return [
    new Paragraph({
      children: [text('Tindak lanjut rapat sebelumnya', { bold: true })],
      spacing: { before: 120, after: 40 },
      keepNext: true,
    }),
    para(`Rapat sebelumnya: ${series.previousMeeting}`, { keepNext: true }),
    table(
      ['No', 'Uraian', 'Penanggung Jawab', 'Status Terkini'],
      [500, 4600, 2800, 1700],
      series.carriedOver.map((c, i) => [
        cell(String(i + 1), { align: 'right' }),
        cell(c.what),
        cell(c.who),
        cell(c.status),
      ]),
    ),
  ];
}

/** The same minutes as the PDF, as an editable Word document (offices often amend before signing). */
export function notulenDocx(n: Notulen): Document {
  const rule = { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 4 };
  return new Document({
    creator: 'Tindak',
    title: `Notulen Rapat: ${n.title}`,
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 560, hanging: 280 } } },
            },
          ],
        },
        ...minutesNumbering,
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 16,
                    children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(n.letterhead.government
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [text(n.letterhead.government, { bold: true, size: 26 })],
                }),
              ]
            : []),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text(n.letterhead.office, { bold: true, size: 30 })],
            border: { bottom: rule },
            spacing: { after: 240 },
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: 'NOTULEN RAPAT', font: FONT, size: 26, bold: true, underline: {} }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text(n.title)],
            spacing: { after: 240 },
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: [2000, 300, 7300],
            borders: TableBorders.NONE,
            rows: n.fields.map(
              (f) =>
                new TableRow({
                  children: [f.label, ':', f.value].map(
                    (v) =>
                      new TableCell({
                        borders: TableBorders.NONE,
                        children: [para(v, { spacing: { after: 20 } })],
                      }),
                  ),
                }),
            ),
          }),
          section('A', 'Agenda'),
          ...list(n.agenda, true),
          ...seriesParagraphs(n.series),
          section('B', 'Daftar Hadir'),
          table(
            ['No', 'Nama', 'Jabatan', 'Instansi/Wilayah', 'Tanda Tangan'],
            [500, 2500, 2300, 2600, 1700],
            n.attendance.map((p, i) => [
              cell(String(i + 1), { align: 'right' }),
              cell(p.name),
              cell(p.position),
              cell(p.office),
              p.note
                ? cell(p.note, { italics: true })
                : cell(`${i + 1}.`, { align: i % 2 === 0 ? 'left' : 'center' }),
            ]),
          ),
          section('C', 'Pembahasan'),
          ...minutesParagraphs(n.minutes),
          section('D', 'Keputusan'),
          ...list(n.decisions, true),
          section('E', 'Usulan'),
          ...list(n.proposals, true),
          section('F', 'Komitmen'),
          ...list(n.commitments, true),
          section('G', 'Tindak Lanjut'),
          table(
            ['No', 'Uraian', 'Penanggung Jawab', 'Tenggat'],
            [500, 4600, 2800, 1700],
            n.followUps.map((f, i) => [
              cell(String(i + 1), { align: 'right' }),
              cell(f.what),
              cell(f.who),
              cell(f.due),
            ]),
          ),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [text(n.signedAt)],
            spacing: { before: 480, after: 120 },
            keepNext: true,
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: [4800, 4800],
            borders: TableBorders.NONE,
            rows: [
              new TableRow({
                cantSplit: true,
                children: [signature('Pimpinan Rapat', n.chair), signature('Notulis', n.minuteTaker)],
              }),
            ],
          }),
        ],
      },
    ],
  });
}

export function renderNotulenDocx(n: Notulen): Promise<Buffer> {
  return Packer.toBuffer(notulenDocx(n));
}
