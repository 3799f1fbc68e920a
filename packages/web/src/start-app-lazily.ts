import type { Language } from '@tindak/shared';
import { loadWords } from './i18n/load-words';

/**
 * Loads the app and the person's words side by side (not the words after the app: one round trip
 * fewer on a slow line), then starts the app in `container`. `beforeStart` runs once both are
 * here, just before the app renders (the quick sign-in page hands the page over there).
 */
export function startAppLazily(container: HTMLElement, lang: Language, beforeStart?: () => void) {
  return Promise.all([import('./app-start'), loadWords(lang)]).then(([{ startApp }, words]) => {
    beforeStart?.();
    startApp(container, lang, words);
  });
}
