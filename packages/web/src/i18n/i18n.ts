import { type Language, languages } from '@tindak/shared';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type LabelBranches, labelBranches, sharedNamespaces } from './shared-words';
import { readStoredLanguage } from './stored-language';
import { type WebWords, webWordFiles } from './web-words';

type Tree = { readonly [key: string]: string | Tree };

/** Feature locale files add their own branches to the main one; a shared branch is merged, not replaced. */
export function mergeDeep<A extends Tree, B extends Tree>(base: A, extra: B): A & B {
  const merged: Record<string, string | Tree> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] =
      typeof existing === 'object' && typeof value === 'object' ? mergeDeep(existing, value) : value;
  }
  return merged as A & B;
}

/** The web's own words and the shared labels under the keys components use: the `translation` namespace. */
function translationFor(lang: Language): WebWords & LabelBranches {
  const trees: readonly Tree[] = [...webWordFiles[lang], labelBranches(lang)];
  return trees.reduce<Tree>((merged, tree) => mergeDeep(merged, tree), {}) as WebWords & LabelBranches;
}

/** One i18next resource set: the web's namespace and the shared ones (packages/shared/src/i18n). */
export const resources = {
  id: { translation: translationFor('id'), ...sharedNamespaces('id') },
  en: { translation: translationFor('en'), ...sharedNamespaces('en') },
} as const;

export { isLanguage, LANGUAGE_STORAGE_KEY, readStoredLanguage, storeLanguage } from './stored-language';

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
