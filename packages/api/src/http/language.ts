import { type Language, languages } from '@tindak/shared';

/** The caller's language: the web client's explicit header first, then Accept-Language, then Indonesian. */
export function pickLanguage(headers: Record<string, string | string[] | undefined>): Language {
  const explicit = headers['x-tindak-lang'];
  if (typeof explicit === 'string' && (languages as readonly string[]).includes(explicit)) {
    return explicit as Language;
  }
  const accept = typeof headers['accept-language'] === 'string' ? headers['accept-language'] : '';
  const first = accept.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'id';
}
