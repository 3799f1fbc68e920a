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

export const text: CSSProperties = {
  margin: '0 0 12px',
  fontSize: '15px',
  lineHeight: '22px',
  color: colors.text,
};

export const mutedText: CSSProperties = {
  ...text,
  fontSize: '13px',
  lineHeight: '19px',
  color: colors.muted,
};

export const heading: CSSProperties = {
  margin: '0 0 12px',
  fontSize: '21px',
  lineHeight: '28px',
  fontWeight: 700,
  color: colors.text,
};

export const sectionHeading: CSSProperties = {
  margin: '28px 0 10px',
  paddingBottom: '6px',
  borderBottom: `2px solid ${colors.border}`,
  fontSize: '16px',
  lineHeight: '22px',
  fontWeight: 700,
  color: colors.text,
};

export const link: CSSProperties = {
  color: colors.brand,
  textDecoration: 'underline',
};

/** Long URLs and office names must wrap instead of widening the layout on phones. */
export const wrapAnywhere: CSSProperties = {
  wordBreak: 'break-word',
  overflowWrap: 'anywhere',
};
