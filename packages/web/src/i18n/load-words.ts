import type { Language } from '@tindak/shared';
import type { LanguageWords } from './language-words';

/**
 * Each language's words are a file of their own (~27 kB gzip each): the app's first load carries
 * the person's language only, and the other one comes when they switch to it. The browser keeps
 * each module once, so asking again (main.tsx, then a switch back) costs nothing.
 */
const wordModules: Record<Language, () => Promise<{ words: LanguageWords }>> = {
  id: () => import('./words.id'),
  en: () => import('./words.en'),
};

export async function loadWords(lang: Language): Promise<LanguageWords> {
  return (await wordModules[lang]()).words;
}
