import { languageWords } from './language-words';
import { webWordsEn } from './web-words.en';

/** English, as the app loads it: a chunk of its own (load-words.ts). */
export const words = languageWords(webWordsEn, 'en');
