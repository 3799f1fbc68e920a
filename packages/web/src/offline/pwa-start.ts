import { onlineManager, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { isSessionQuery, OFFLINE_DATABASE, PERSIST_MAX_AGE_MS, persistedPathKeys } from './persist-scope';

/** Set by vite.config.ts for each build: a new build never reads the copy an older one wrote. */
const BUILD_ID = String(import.meta.env.VITE_TINDAK_BUILD ?? 'dev');

/** Once the page has loaded (or now, if it has): the work below must not compete with the first page. */
function afterLoad(run: () => void) {
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}

function startPersisting(client: QueryClient) {
  if (typeof indexedDB === 'undefined') return;
  void Promise.all([import('./persist-queries'), import('./persist-store')])
    .then(([{ persistQueries }, { indexedDbStore }]) =>
      persistQueries(client, { store: indexedDbStore(), buster: BUILD_ID }),
    )
    .catch((error: unknown) => console.warn('offline copy unavailable', error));
}

/**
 * Once the page's own requests have been quiet for a while: the service worker precaches the whole
 * app (about 0.8 MB compressed), and on a slow line that download must come after the page the
 * person is waiting for (after signing in, Beranda), not beside it. With `latestMs`, no later than
 * that even if the page is still waiting for an answer.
 */
export function whenQuiet(client: QueryClient, run: () => void, quietMs = 2000, latestMs = Infinity) {
  const startedAt = Date.now();
  let quietSince = startedAt;
  const check = () => {
    if (client.isFetching() > 0 || client.isMutating() > 0) quietSince = Date.now();
    if (Date.now() - quietSince < quietMs && Date.now() - startedAt < latestMs) {
      setTimeout(check, 250);
      return;
    }
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
    else run();
  };
  check();
}

function registerWorker(i18n: I18n) {
  // The development server has no service worker (vite-plugin-pwa builds it with the app).
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('./pwa-register')
    .then(({ registerServiceWorker }) => registerServiceWorker(i18n))
    .catch((error: unknown) => console.warn('service worker not registered', error));
}

/**
 * Offline reading (issue 20): the device's copy of the last-seen Beranda, follow-ups and meetings,
 * and the service worker that keeps the app itself. Only this file is in the first page's script;
 * the rest loads once someone is signed in (or the page opens without a network, to read the copy),
 * so the sign-in page fetches none of it.
 */
export function startOfflineReading(client: QueryClient, i18n: I18n) {
  // TanStack assumes a connection until an `offline` event; a page opened without one never gets
  // that event, and its queries would try, fail and retry instead of waiting for the network.
  onlineManager.setOnline(navigator.onLine);
  // Memory keeps these as long as the device does: leaving Beranda must not drop it from the copy.
  for (const path of persistedPathKeys) client.setQueryDefaults([path], { gcTime: PERSIST_MAX_AGE_MS });

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    afterLoad(() => {
      if (navigator.onLine) {
        // The copy's files and its reading would compete with Beranda, which is on its way: they
        // wait for its answer (or 3 s on a line too slow for it, when the copy is worth showing).
        whenQuiet(client, () => startPersisting(client), 200, 3000);
      } else {
        startPersisting(client);
      }
      whenQuiet(client, () => registerWorker(i18n));
    });
  };
  if (!navigator.onLine) return start();
  let wiped = false;
  const stop = client.getQueryCache().subscribe(({ query }) => {
    if (started || !isSessionQuery(query.queryKey)) return;
    const data = query.state.data as { user?: unknown } | undefined;
    if (data === undefined) return;
    if (data.user) {
      stop();
      start();
    } else if (!wiped && typeof indexedDB !== 'undefined') {
      // Nobody is signed in (the session ended while the page was closed): leave no one's copy behind.
      wiped = true;
      indexedDB.deleteDatabase(OFFLINE_DATABASE);
    }
  });
}
