import { type Sheet, toCsv, toXlsx } from '../exports/spreadsheet';
import type { DispositionSheet } from '../letters/disposition-data';
import { renderDispositionPdf } from '../letters/disposition-pdf';
import type { InvitationLetterData } from '../letters/invitation-data';
import { renderUndanganDocx } from '../letters/undangan-docx';
import { renderUndanganPdf } from '../letters/undangan-pdf';
import type { Notulen } from '../notulen/notulen-data';
import { renderNotulenDocx } from '../notulen/notulen-docx';
import { renderNotulenPdf } from '../notulen/notulen-pdf';

/** A generated document: what to render, and the data it is rendered from. */
export type DocumentRequest =
  | { kind: 'notulen-pdf' | 'notulen-docx'; notulen: Notulen }
  | { kind: 'undangan-pdf' | 'undangan-docx'; letter: InvitationLetterData }
  | { kind: 'disposisi-pdf'; sheet: DispositionSheet }
  | { kind: 'xlsx' | 'csv'; sheet: Sheet };

/** What a document thread starts with (thread-entry.cjs picks its code by `kind`). */
export type DocumentThreadData = { kind: 'document'; maxOutputBytes: number };

/** A document thread's answer when the document came out larger than it may be. */
export const TOO_LARGE = 'documentTooLarge';

/** Renders on a document thread (./document-thread.ts); the API's request threads only wait. */
export async function renderDocument(request: DocumentRequest): Promise<Uint8Array> {
  switch (request.kind) {
    case 'notulen-pdf':
      return renderNotulenPdf(request.notulen);
    case 'notulen-docx':
      return renderNotulenDocx(request.notulen);
    case 'undangan-pdf':
      return renderUndanganPdf(request.letter);
    case 'undangan-docx':
      return renderUndanganDocx(request.letter);
    case 'disposisi-pdf':
      return renderDispositionPdf(request.sheet);
    case 'xlsx':
      return toXlsx(request.sheet);
    case 'csv':
      return Buffer.from(toCsv(request.sheet), 'utf8');
  }
}
