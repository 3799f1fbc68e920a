import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { InvitationLetterData } from './invitation-data';
import { LETTER_MARGINS, letterheadContent, letterStyles, pageSizeOf } from './letter-pdf-parts';

const labelled = (rows: { label: string; value: string }[], labelWidth: number): Content => ({
  layout: 'noBorders',
  table: { widths: [labelWidth, 8, '*'], body: rows.map((r) => [r.label, ':', r.value]) },
});

function signatureBlock(letter: InvitationLetterData): Content {
  const signer = letter.signer;
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 220,
        stack: [
          { text: `${signer?.position ?? 'Kepala'},`, alignment: 'center' },
          { text: ' ', margin: [0, 0, 0, 52] },
          {
            text: signer?.name ?? '(..............................)',
            bold: true,
            decoration: 'underline',
            alignment: 'center',
          },
          ...(signer?.nip ? [{ text: `NIP. ${signer.nip}`, alignment: 'center' as const }] : []),
        ],
      },
    ],
  };
}

function attachmentPage(letter: InvitationLetterData): Content[] {
  if (!letter.addresseesAttached) return [];
  const rows: TableCell[][] = letter.attachment.map((p, index) => [
    { text: String(index + 1), alignment: 'right' },
    p.name,
    p.position,
    p.office,
  ]);
  return [
    { text: '', pageBreak: 'before' },
    labelled(
      [
        { label: 'Lampiran Surat', value: letter.letterhead.office },
        { label: 'Nomor', value: letter.number },
        { label: 'Tanggal', value: letter.date },
        { label: 'Hal', value: 'Undangan' },
      ],
      90,
    ),
    { text: 'DAFTAR UNDANGAN', style: 'title', margin: [0, 14, 0, 8] },
    {
      fontSize: 9,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [20, '*', '*', '*'],
        body: [
          ['No', 'Nama', 'Jabatan', 'Instansi'].map((text) => ({ text, style: 'tableHeader' })),
          ...rows,
        ],
      },
    },
  ];
}

/** Surat undangan in the Tata Naskah Dinas form, on the host office's paper. */
export function undanganDocument(letter: InvitationLetterData): TDocumentDefinitions {
  return {
    pageSize: pageSizeOf(letter.letterhead.paperSize),
    pageMargins: LETTER_MARGINS,
    info: { title: `Undangan: ${letter.meetingTitle}`, subject: 'Surat Undangan', creator: 'Tindak' },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: letterStyles,
    content: [
      ...letterheadContent(letter.letterhead),
      { text: letter.placeAndDate, alignment: 'right', margin: [0, 0, 0, 8] },
      labelled([{ label: 'Nomor', value: letter.number }, ...letter.heads], 60),
      { text: 'Yth.', margin: [0, 14, 0, 0] },
      letter.addressees.length === 1
        ? { text: letter.addressees[0] ?? '', margin: [14, 0, 0, 0] }
        : { ol: letter.addressees, margin: [14, 0, 0, 0] },
      { text: 'di tempat', margin: [0, 2, 0, 12] },
      { text: letter.opening, alignment: 'justify', margin: [0, 0, 0, 6] },
      {
        margin: [24, 0, 0, 6],
        stack: [
          labelled(letter.details, 80),
          {
            layout: 'noBorders',
            table: {
              widths: [80, 8, '*'],
              body: [
                ['Acara', ':', letter.agenda.length === 1 ? (letter.agenda[0] ?? '') : { ol: letter.agenda }],
              ],
            },
          },
        ],
      },
      { text: letter.closing, alignment: 'justify', margin: [0, 6, 0, 0] },
      signatureBlock(letter),
      ...attachmentPage(letter),
    ],
  };
}

export function renderUndanganPdf(letter: InvitationLetterData): Promise<Buffer> {
  return pdfmake.createPdf(undanganDocument(letter)).getBuffer();
}
