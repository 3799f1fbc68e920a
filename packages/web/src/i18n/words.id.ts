import { languageWords } from './language-words';
import { webWordsId } from './web-words.id';

/** Indonesian, as the app loads it: a chunk of its own (load-words.ts). */
export const words = languageWords(webWordsId, 'id');
