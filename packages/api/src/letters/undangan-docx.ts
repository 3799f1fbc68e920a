import type { PaperSize } from '@tindak/shared';
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { InvitationLetterData } from './invitation-data';
import { paperMillimetres } from './letter-pdf-parts';

const FONT = 'Arial';
const SIZE = 22; // half-points: 11 pt
const TWIPS_PER_MM = 1440 / 25.4;

/** The page in twips (w:pgSz): A4 11906 × 16838, F4 12189 × 18709. */
export function docxPageSize(paper: PaperSize) {
  const mm = paperMillimetres[paper];
  return { width: Math.round(mm.width * TWIPS_PER_MM), height: Math.round(mm.height * TWIPS_PER_MM) };
}

function text(value: string, options: { bold?: boolean; size?: number; underline?: boolean } = {}) {
  const { underline, ...rest } = options;
  return new TextRun({
    text: value,
    font: FONT,
    size: SIZE,
    ...rest,
    ...(underline ? { underline: {} } : {}),
  });
}

function para(value: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) {
  return new Paragraph({ children: [text(value)], spacing: { after: 40 }, ...options });
}

function plainCell(value: string, width: number) {
  return new TableCell({
    borders: TableBorders.NONE,
    width: { size: width, type: WidthType.DXA },
    children: [para(value, { spacing: { after: 20 } })],
  });
}

/** Label, colon, value rows without borders ("Nomor : …"). */
function labelled(rows: { label: string; value: string }[], labelWidth: number, indent = 0) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [labelWidth, 250, 8500 - labelWidth - indent],
    borders: TableBorders.NONE,
    indent: indent ? { size: indent, type: WidthType.DXA } : undefined,
    rows: rows.map(
      (r) =>
        new TableRow({
          children: [
            plainCell(r.label, labelWidth),
            plainCell(':', 250),
            plainCell(r.value, 8500 - labelWidth),
          ],
        }),
    ),
  });
}

let instances = 0;
function ordered(items: string[], indentLeft = 560) {
  const instance = ++instances;
  return items.map(
    (item) =>
      new Paragraph({
        children: [text(item)],
        numbering: { reference: 'ordered', level: 0, instance },
        indent: { left: indentLeft, hanging: 280 },
        spacing: { after: 20 },
      }),
  );
}

function headerCell(value: string) {
  return new TableCell({
    shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [text(value, { bold: true, size: 19 })] }),
    ],
  });
}

function bodyCell(value: string) {
  return new TableCell({ children: [new Paragraph({ children: [text(value, { size: 19 })] })] });
}

function attachment(letter: InvitationLetterData) {
  if (!letter.addresseesAttached) return [];
  return [
    new Paragraph({ children: [new PageBreak()] }),
    labelled(
      [
        { label: 'Lampiran Surat', value: letter.letterhead.office },
        { label: 'Nomor', value: letter.number },
        { label: 'Tanggal', value: letter.date },
        { label: 'Hal', value: 'Undangan' },
      ],
      1700,
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [text('DAFTAR UNDANGAN', { bold: true })],
      spacing: { before: 240, after: 120 },
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [500, 2900, 2700, 2900],
      rows: [
        new TableRow({ tableHeader: true, children: ['No', 'Nama', 'Jabatan', 'Instansi'].map(headerCell) }),
        ...letter.attachment.map(
          (p, i) =>
            new TableRow({
              cantSplit: true,
              children: [String(i + 1), p.name, p.position, p.office].map(bodyCell),
            }),
        ),
      ],
    }),
  ];
}

/** The same letter as the PDF, as an editable Word document on the office's paper. */
export function undanganDocx(letter: InvitationLetterData): Document {
  const rule = { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 4 };
  const head = letter.letterhead;
  const center = AlignmentType.CENTER;
  const contacts = head.contactLines.map(
    (line) => new Paragraph({ alignment: center, children: [text(line, { size: 17 })] }),
  );
  // The rule under the kop goes under its last line, whichever that is.
  const officeLine = new Paragraph({
    alignment: center,
    children: [text(head.office, { bold: true, size: 30 })],
    ...(contacts.length ? {} : { border: { bottom: rule }, spacing: { after: 240 } }),
  });
  const lastContact = head.contactLines.at(-1);
  if (lastContact) {
    contacts[contacts.length - 1] = new Paragraph({
      alignment: center,
      children: [text(lastContact, { size: 17 })],
      border: { bottom: rule },
      spacing: { after: 240 },
    });
  }
  const signer = letter.signer;
  return new Document({
    creator: 'Tindak',
    title: `Undangan: ${letter.meetingTitle}`,
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: docxPageSize(head.paperSize),
            margin: { top: 1000, bottom: 1000, left: 1700, right: 1134 },
          },
        },
        children: [
          ...(head.government
            ? [
                new Paragraph({
                  alignment: center,
                  children: [text(head.government, { bold: true, size: 26 })],
                }),
              ]
            : []),
          officeLine,
          ...contacts,
          para(letter.placeAndDate, { alignment: AlignmentType.RIGHT, spacing: { after: 120 } }),
          labelled([{ label: 'Nomor', value: letter.number }, ...letter.heads], 1200),
          para('Yth.', { spacing: { before: 240, after: 0 } }),
          ...(letter.addressees.length === 1
            ? [para(letter.addressees[0] ?? '', { indent: { left: 280 } })]
            : ordered(letter.addressees)),
          para('di tempat', { spacing: { after: 240 } }),
          para(letter.opening, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }),
          labelled(letter.details, 1500, 560),
          labelled(
            [{ label: 'Acara', value: letter.agenda.length === 1 ? (letter.agenda[0] ?? '') : '' }],
            1500,
            560,
          ),
          ...(letter.agenda.length > 1 ? ordered(letter.agenda, 2600) : []),
          para(letter.closing, { alignment: AlignmentType.JUSTIFIED, spacing: { before: 120, after: 360 } }),
          para(`${signer?.position ?? 'Kepala'},`, {
            indent: { left: 4800 },
            alignment: center,
            spacing: { after: 1200 },
          }),
          new Paragraph({
            indent: { left: 4800 },
            alignment: center,
            children: [
              text(signer?.name ?? '(..............................)', { bold: true, underline: true }),
            ],
          }),
          ...(signer?.nip ? [para(`NIP. ${signer.nip}`, { indent: { left: 4800 }, alignment: center })] : []),
          ...attachment(letter),
        ],
      },
    ],
  });
}

export function renderUndanganDocx(letter: InvitationLetterData): Promise<Buffer> {
  return Packer.toBuffer(undanganDocx(letter));
}
