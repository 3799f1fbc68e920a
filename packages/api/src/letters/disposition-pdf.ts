import pdfmake from 'pdfmake';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DispositionSheet } from './disposition-data';
import { LETTER_MARGINS, letterheadContent, letterStyles, pageSizeOf } from './letter-pdf-parts';

const header = (text: string): TableCell => ({ text, style: 'tableHeader' });

/** Lembar disposisi as offices print it: the source boxes, then one row per hand-over with room to initial. */
export function dispositionDocument(sheet: DispositionSheet): TDocumentDefinitions {
  const rows: TableCell[][] = sheet.steps.map((step, index) => [
    { text: String(index + 1), alignment: 'right' },
    step.from,
    step.to,
    step.instruction,
    step.date,
    '',
  ]);
  return {
    pageSize: pageSizeOf(sheet.letterhead.paperSize),
    pageMargins: LETTER_MARGINS,
    info: { title: `Lembar Disposisi: ${sheet.title}`, subject: 'Lembar Disposisi', creator: 'Tindak' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: letterStyles,
    content: [
      ...letterheadContent(sheet.letterhead),
      { text: 'LEMBAR DISPOSISI', style: 'title' },
      {
        table: {
          widths: [110, '*'],
          body: sheet.boxes.map((box) => [{ text: box.label, bold: true }, box.value]),
        },
      },
      { text: 'Diteruskan kepada dan isi disposisi', bold: true, margin: [0, 14, 0, 4] },
      {
        fontSize: 9,
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [18, '*', '*', '*', 62, 50],
          // Room to initial each hand-over by hand.
          heights: (row) => (row === 0 ? 'auto' : 34),
          body: [
            [
              header('No'),
              header('Dari'),
              header('Diteruskan kepada'),
              header('Isi disposisi'),
              header('Tanggal'),
              header('Paraf'),
            ],
            ...(rows.length ? rows : [[{ text: '-', colSpan: 6 }, '', '', '', '', '']]),
          ],
        },
      },
    ],
  };
}

export function renderDispositionPdf(sheet: DispositionSheet): Promise<Buffer> {
  return pdfmake.createPdf(dispositionDocument(sheet)).getBuffer();
}
