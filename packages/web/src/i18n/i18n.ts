import { type Language, languages } from '@tindak/shared';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

export const resources = { id: { translation: id }, en: { translation: en } } as const;

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

/** A separate instance per app (and per test) so one test's language never leaks into another. */
export function createI18n(lang: Language = readStoredLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'id',
    supportedLngs: [...languages],
    // Resources are bundled, so initialise synchronously: the first render already has its words.
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
