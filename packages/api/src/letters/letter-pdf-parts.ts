import type { PaperSize } from '@tindak/shared';
import type { Content, PageSize } from 'pdfmake/interfaces';
// The fonts and the access policies are set where the minutes are rendered; letters share them.
import '../notulen/notulen-pdf';
import type { Letterhead } from './letterhead';

const POINTS_PER_MM = 72 / 25.4;

/** A4 (210 × 297 mm), or F4 (215 × 330 mm), the folio many regional offices print on. */
export const paperMillimetres: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

export function pageSizeOf(paper: PaperSize): PageSize {
  const mm = paperMillimetres[paper];
  return { width: mm.width * POINTS_PER_MM, height: mm.height * POINTS_PER_MM };
}

/** Margins of a Tata Naskah Dinas letter: about 3 cm left for binding, 2 cm elsewhere. */
export const LETTER_MARGINS: [number, number, number, number] = [85, 48, 57, 56];

export function contentWidth(paper: PaperSize): number {
  return paperMillimetres[paper].width * POINTS_PER_MM - LETTER_MARGINS[0] - LETTER_MARGINS[2];
}

/** The kop surat: government, office, address and contacts, closed by a thick and a thin line. */
export function letterheadContent(head: Letterhead): Content[] {
  const width = contentWidth(head.paperSize);
  return [
    ...(head.government ? [{ text: head.government, style: 'government' }] : []),
    { text: head.office, style: 'office' },
    ...head.contactLines.map((line) => ({ text: line, style: 'contact' })),
    {
      canvas: [
        { type: 'line', x1: 0, y1: 6, x2: width, y2: 6, lineWidth: 2.5 },
        { type: 'line', x1: 0, y1: 9.5, x2: width, y2: 9.5, lineWidth: 0.75 },
      ],
      margin: [0, 0, 0, 12],
    } as Content,
  ];
}

export const letterStyles = {
  government: { fontSize: 13, bold: true, alignment: 'center' as const },
  office: { fontSize: 15, bold: true, alignment: 'center' as const },
  contact: { fontSize: 8.5, alignment: 'center' as const },
  title: {
    fontSize: 12,
    bold: true,
    alignment: 'center' as const,
    margin: [0, 4, 0, 10] as [number, number, number, number],
  },
  tableHeader: { bold: true, alignment: 'center' as const, fillColor: '#e8e8e8' },
};
