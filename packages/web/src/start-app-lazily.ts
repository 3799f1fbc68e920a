import { appRoutes, type Language } from '@tindak/shared';
import { loadWords } from './i18n/load-words';

/**
 * Loads the app and the person's words side by side (not the words after the app: one round trip
 * fewer on a slow line), then starts the app in `container`; `path` is the address it will show.
 * `beforeStart` runs once both are here, just before the app renders (the quick sign-in page hands
 * the page over there).
 */
export function startAppLazily(
  container: HTMLElement,
  lang: Language,
  path: string,
  beforeStart?: () => void,
) {
  // Beranda, where most visits and every sign-in land, is asked for with the app rather than
  // after the app has started and its router found the page: one round trip fewer on a slow line.
  // A failure here is the router's to show when it asks for the page itself.
  if (path === appRoutes.home) import('./home/home-page').catch(() => undefined);
  return Promise.all([import('./app-start'), loadWords(lang)]).then(([{ startApp }, words]) => {
    beforeStart?.();
    startApp(container, lang, words);
  });
}
