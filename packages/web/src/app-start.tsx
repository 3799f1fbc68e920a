import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/query-client';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { createI18n } from './i18n/i18n';
import { startOfflineReading } from './offline/pwa-start';

/** The whole app: every page, behind its providers, at the address the browser shows. */
export function startApp(container: HTMLElement) {
  const i18n = createI18n();
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
