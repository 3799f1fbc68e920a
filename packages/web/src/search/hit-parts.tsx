import type { SearchHit } from '@tindak/shared';
import { formatCalendarDate, statusLabel } from '@tindak/shared';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
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

/**
 * "Dinas Kominfo Kabupaten Bungo · Dijadwalkan · 3 November 2025": the office first, so hits with
 * one title (the same instruction to eleven regencies) are told apart, then status and date. A
 * person shows their office, an office its region (and "Nonaktif" when no longer in use).
 */
export function useHitMeta() {
  const lang = useLanguage();
  const { t } = useTranslation();
  return (hit: SearchHit) => {
    const directory = hit.kind === 'person' || hit.kind === 'office';
    const status = directory
      ? hit.status === 'inactive'
        ? [t('search.inactiveOffice')]
        : []
      : [statusLabel(hit.status, lang)];
    const parts = [...(hit.office ? [hit.office] : []), ...status];
    if (hit.date && /^\d{4}-\d{2}-\d{2}/.test(hit.date))
      parts.push(formatCalendarDate(hit.date.slice(0, 10), lang));
    return parts.join(' · ');
  };
}
