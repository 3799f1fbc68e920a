import { type Language, languages } from '@tindak/shared';
import { createI18n as createAppI18n } from '../src/i18n/i18n';
import { words as en } from '../src/i18n/words.en';
import { words as id } from '../src/i18n/words.id';

/** Both languages' words, as the app loads each one (src/i18n/load-words.ts). */
export const resources = { id, en } as const;

/**
 * The app's i18n with both languages registered up front, so a test renders at once and a
 * language switch inside it needs no fetch.
 */
export function createI18n(lang: Language = 'id') {
  const i18n = createAppI18n(lang, resources[lang]);
  for (const other of languages.filter((l) => l !== lang)) {
    for (const [namespace, tree] of Object.entries(resources[other]))
      i18n.addResourceBundle(other, namespace, tree);
  }
  return i18n;
}
