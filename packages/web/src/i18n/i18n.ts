import { type Language, languages } from '@tindak/shared';
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type LanguageWords, wordNamespaces } from './language-words';
import { loadWords } from './load-words';
import { isLanguage } from './stored-language';

export { isLanguage, LANGUAGE_STORAGE_KEY, readStoredLanguage, storeLanguage } from './stored-language';

/**
 * The other language's words, fetched by i18next when someone switches to it: `changeLanguage`
 * waits for them, so the page goes from one language to the other without showing raw keys.
 */
const wordsOnSwitch: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    if (!isLanguage(language)) return callback(new Error(`No words for language "${language}"`), false);
    loadWords(language).then(
      (words) => callback(null, words[namespace as keyof LanguageWords]),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * A separate instance per app (and per test) so one test's language never leaks into another.
 * `words` are the starting language's, already loaded (main.tsx fetches them beside the app), so
 * the first render has its words.
 */
export function createI18n(lang: Language, words: LanguageWords): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(wordsOnSwitch)
    .init({
      resources: { [lang]: words },
      // The other language comes through wordsOnSwitch, only if someone switches to it.
      partialBundledLanguages: true,
      ns: [...wordNamespaces],
      lng: lang,
      // No fallback: it would fetch Indonesian for an English reader too, and locales.test.ts
      // already holds both languages to the same keys.
      fallbackLng: false,
      supportedLngs: [...languages],
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  return instance;
}
