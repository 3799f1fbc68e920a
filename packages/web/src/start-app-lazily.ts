import { appRoutes, type Language } from '@tindak/shared';
import { requestStartQueries, type StartAnswers, startPathsFor } from './api/start-requests';
import { loadWords } from './i18n/load-words';

/**
 * Starts downloading the app's files for a start at `path` (the app's start, and Beranda's page
 * when that is where it opens); asking again later costs nothing. The quick sign-in page calls it
 * the moment sign-in succeeds, before it knows the account's language (which only the words need).
 */
export function loadAppFiles(path: string) {
  // Beranda, where most visits and every sign-in land, is asked for with the app rather than
  // after the app has started and its router found the page: one round trip fewer on a slow line.
  // A failure here is the router's to show when it asks for the page itself.
  if (path === appRoutes.home) import('./home/home-page').catch(() => undefined);
  return import('./app-start');
}

/**
 * Loads the app and the person's words side by side (not the words after the app: one round trip
 * fewer on a slow line), then starts the app in `container`; `path` is the address it will show.
 * `beforeStart` runs once both are here, just before the app renders (the quick sign-in page hands
 * the page over there). `early`: what the first page needs, already asked for (the quick sign-in
 * page asks right after signing in); without it a start on Beranda asks for it here, beside the files.
 */
export function startAppLazily(
  container: HTMLElement,
  lang: Language,
  path: string,
  beforeStart?: () => void,
  early?: StartAnswers,
) {
  const answers =
    early ??
    (path === appRoutes.home && navigator.onLine
      ? requestStartQueries(startPathsFor(path), lang)
      : undefined);
  return Promise.all([loadAppFiles(path), loadWords(lang)]).then(([{ startApp }, words]) => {
    beforeStart?.();
    startApp(container, lang, words, answers);
  });
}
