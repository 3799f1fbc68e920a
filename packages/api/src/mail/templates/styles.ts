import type { CSSProperties } from 'react';

/**
 * Inline styles for every template. Mail clients drop <style> blocks and web fonts (Gmail clips,
 * Outlook ignores), so everything is an inline style with system fonts and table layout.
 */
export const colors = {
  brand: '#3b5bdb',
  text: '#1f2933',
  muted: '#5f6b7a',
  border: '#dde1e7',
  page: '#f3f4f6',
  card: '#ffffff',
  subtle: '#f8f9fb',
  danger: '#c92a2a',
  dangerSoft: '#fff0f0',
  success: '#2b8a3e',
  successSoft: '#ebfbee',
  warning: '#a35f00',
  warningSoft: '#fff4e0',
  infoSoft: '#edf2ff',
} as const;

export const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/*
 * Inline styles are short on purpose (issue 20: a digest is a few hundred of them, and
 * quoted-printable writes each "=" three times): a style says only what the element does not
 * inherit. The card sets the text's size, colour and wrapping once (layout.tsx); a paragraph sets
 * its margin, a link its colour. Shorthands, one margin, no react-email duplicates.
 */

/** What every line of the card inherits: body text, and long URLs and names wrapping on phones. */
export const cardText: CSSProperties = {
  fontSize: '15px',
  lineHeight: '22px',
  color: colors.text,
  wordBreak: 'break-word',
  overflowWrap: 'anywhere',
};

export const text: CSSProperties = { margin: '0 0 12px' };

export const mutedText: CSSProperties = {
  margin: '0 0 12px',
  fontSize: '13px',
  lineHeight: '19px',
  color: colors.muted,
};

/** The grey line under an item's title (a <small>, which gives the size). */
export const metaText: CSSProperties = { color: colors.muted };

export const heading: CSSProperties = { margin: '0 0 12px', fontSize: '21px', lineHeight: '28px' };

export const sectionHeading: CSSProperties = {
  margin: '28px 0 6px',
  paddingBottom: '6px',
  borderBottom: `2px solid ${colors.border}`,
  fontSize: '16px',
};

/** A group inside a section (an office's overdue items). */
export const groupHeading: CSSProperties = { margin: '16px 0 0', fontSize: '14px', color: colors.muted };

/** One item of a list: a line under it, no table of its own. */
export const listRow: CSSProperties = {
  margin: 0,
  padding: '8px 0',
  borderBottom: `1px solid ${colors.border}`,
};

export const link: CSSProperties = { color: colors.brand };

/** Long URLs and office names must wrap instead of widening the layout on phones. */
export const wrapAnywhere: CSSProperties = {
  wordBreak: 'break-word',
  overflowWrap: 'anywhere',
};
