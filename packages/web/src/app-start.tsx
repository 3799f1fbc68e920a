// Mantine's sheets before the app's own, which override some of them.
import './mantine-shell-styles';
import './styles.css';
import type { Language } from '@tindak/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { seedStartQueries } from './api/start-queries';
import type { StartAnswers } from './api/start-requests';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { createI18n, isLanguage } from './i18n/i18n';
import type { LanguageWords } from './i18n/language-words';
import { loadWords } from './i18n/load-words';
import { readStoredLanguage } from './i18n/stored-language';
import { startOfflineReading } from './offline/pwa-start';

/**
 * The whole app: every page, behind its providers, at the address the browser shows, in `lang`.
 * Its words are best fetched beside this file (main.tsx does); without them it fetches them first.
 * `early` holds what its first page asks for, asked for while this file was on its way.
 */
export function startApp(
  container: HTMLElement,
  lang: Language = readStoredLanguage(),
  words?: LanguageWords,
  early?: StartAnswers,
) {
  if (!words) {
    void loadWords(lang).then((loaded) => startApp(container, lang, loaded, early));
    return;
  }
  const i18n = createI18n(lang, words);
  const queryClient = createQueryClient();
  // Before seeding: the offline copy starts once it sees who is signed in, seeded or not.
  startOfflineReading(queryClient, i18n);
  if (early) {
    const getLanguage = () => (isLanguage(i18n.language) ? i18n.language : lang);
    seedStartQueries(queryClient, createApiClient({ getLanguage }), early);
  }
  createRoot(container).render(
    <StrictMode>
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}
