import { type Language, languages } from '@tindak/shared';

/**
 * The chosen language's storage, apart from i18next and the word files: the quick sign-in page
 * (auth/quick) reads it without loading either.
 */

/** Where the chosen UI language survives a reload. */
export const LANGUAGE_STORAGE_KEY = 'tindak.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'id';
  } catch {
    // Storage can be blocked (private mode, policy); Indonesian is the default anyway.
    return 'id';
  }
}

export function storeLanguage(lang: Language) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not persisting is acceptable: the switch still works for this visit.
  }
}
