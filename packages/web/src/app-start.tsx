// Mantine's sheets before the app's own, which override some of them.
import './mantine-shell-styles';
import './styles.css';
import type { Language } from '@tindak/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/query-client';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { createI18n } from './i18n/i18n';
import type { LanguageWords } from './i18n/language-words';
import { loadWords } from './i18n/load-words';
import { readStoredLanguage } from './i18n/stored-language';
import { startOfflineReading } from './offline/pwa-start';

/**
 * The whole app: every page, behind its providers, at the address the browser shows, in `lang`.
 * Its words are best fetched beside this file (main.tsx does); without them it fetches them first.
 */
export function startApp(
  container: HTMLElement,
  lang: Language = readStoredLanguage(),
  words?: LanguageWords,
) {
  if (!words) {
    void loadWords(lang).then((loaded) => startApp(container, lang, loaded));
    return;
  }
  const i18n = createI18n(lang, words);
  const queryClient = createQueryClient();
  startOfflineReading(queryClient, i18n);
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
