import type { SearchHit } from '@tindak/shared';
import { formatCalendarDate, statusLabel } from '@tindak/shared';
import { Fragment } from 'react';
import { useLanguage } from '../i18n/use-language';

/** The snippet with the matched words (between « and ») shown as <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return (
    <>
      {parts.map((part, i) =>
        // Odd parts sit between an opening and a closing mark.
        i % 2 === 1 ? (
          <mark key={`${i}-${part}`} className="tindak-search-mark">
            {part}
          </mark>
        ) : (
          <Fragment key={`${i}-${part}`}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** "Dijadwalkan · 3 November 2025": status and the hit's date, in the UI language. */
export function useHitMeta() {
  const lang = useLanguage();
  return (hit: SearchHit) => {
    const parts = [statusLabel(hit.status, lang)];
    if (hit.date && /^\d{4}-\d{2}-\d{2}/.test(hit.date))
      parts.push(formatCalendarDate(hit.date.slice(0, 10), lang));
    return parts.join(' · ');
  };
}
