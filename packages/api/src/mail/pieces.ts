import { randomUUID } from 'node:crypto';
import { createElement, Fragment, type ReactElement } from 'react';
import { renderFragmentHtml } from './render-html';

/**
 * Rendering a mail from pieces rendered before. A weekly digest is mostly rows that many other
 * digests show too (an office's open items, a region's commitments and proposals): the worker
 * renders each piece once, renders the rest of a digest with a marker where each piece goes, and
 * puts the pieces in. The HTML is the same as rendering the digest whole (React writes an element
 * the same wherever it is). So is the plain text, which html-to-text writes block by block: a
 * block is separated from the next by the larger of the line breaks each asks for, and a piece
 * keeps the breaks it asks for before and after its text.
 */
export interface Piece {
  html: string;
  text: string;
  /** Line breaks the piece's text asks for before and after it (at least one each). */
  before: number;
  after: number;
}

/** Where a piece goes: a block of its own. The token is unique per process. */
const TOKEN = `tindak-piece-${randomUUID()}`;
const MARKER_HTML = `<div>${TOKEN}</div>`;

export function pieceMarker(): ReactElement {
  return createElement('div', null, TOKEN);
}

/**
 * Renders elements as pieces, all in one render: each element between markers, so that the text
 * around each shows the line breaks it asks for. Null for an element that renders nothing.
 */
export async function renderPieces(
  elements: ReactElement[],
  toText: (html: string) => string,
): Promise<(Piece | null)[]> {
  if (elements.length === 0) return [];
  const children: ReactElement[] = [pieceMarker()];
  for (const element of elements) children.push(element, pieceMarker());
  const html = renderFragmentHtml(createElement(Fragment, null, ...children));
  const htmlParts = html.split(MARKER_HTML);
  const textParts = toText(html).split(TOKEN);
  if (htmlParts.length !== elements.length + 2 || textParts.length !== elements.length + 2) {
    throw new Error('pieces: the markers around the pieces did not come through');
  }
  return elements.map((_, i) => {
    const pieceHtml = htmlParts[i + 1] as string;
    const around = textParts[i + 1] as string;
    const text = around.replace(/^\n+/, '').replace(/\n+$/, '');
    if (pieceHtml === '') return null;
    return {
      html: pieceHtml,
      text,
      before: leadingBreaks(around),
      after: trailingBreaks(around),
    };
  });
}

/**
 * Puts pieces where the markers are in a rendered mail (its HTML and its plain text, converted with
 * the markers in), in order. Each run of line breaks next to a piece becomes the larger of what the
 * mail around it had and what the piece asks for.
 */
export function fillPieces(html: string, text: string, pieces: Piece[]): { html: string; text: string } {
  const htmlParts = html.split(MARKER_HTML);
  const textParts = text.split(TOKEN);
  if (htmlParts.length !== pieces.length + 1 || textParts.length !== pieces.length + 1) {
    throw new Error('pieces: a marker is missing or one too many');
  }
  let outHtml = htmlParts[0] as string;
  let outText = '';
  for (let i = 0; i < textParts.length; i += 1) {
    const part = textParts[i] as string;
    const previous = pieces[i - 1];
    const next = pieces[i];
    if (previous && next && /^\n*$/.test(part)) {
      // Two pieces next to each other: one run of breaks between them.
      outText += '\n'.repeat(Math.max(part.length, previous.after, next.before));
    } else {
      const lead = previous ? leadingBreaks(part) : 0;
      const trail = next ? trailingBreaks(part) : 0;
      if (previous) outText += '\n'.repeat(Math.max(lead, previous.after));
      outText += part.slice(lead, part.length - trail);
      if (next) outText += '\n'.repeat(Math.max(trail, next.before));
    }
    if (next) {
      outText += next.text;
      outHtml += next.html + (htmlParts[i + 1] as string);
    }
  }
  return { html: outHtml, text: outText };
}

function leadingBreaks(s: string): number {
  let n = 0;
  while (s.charCodeAt(n) === 10) n += 1;
  return n;
}

function trailingBreaks(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) === 10) n += 1;
  return n;
}

/** A bounded map of pieces, least recently used out first. */
export interface PieceCache {
  get(key: string): Piece | undefined;
  set(key: string, piece: Piece): void;
}

export function createPieceCache(maxEntries: number): PieceCache {
  const entries = new Map<string, Piece>();
  return {
    get(key) {
      const piece = entries.get(key);
      if (piece) {
        entries.delete(key);
        entries.set(key, piece);
      }
      return piece;
    },
    set(key, piece) {
      entries.delete(key);
      entries.set(key, piece);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
  };
}
