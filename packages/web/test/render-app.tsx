import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '@tindak/shared';
import { MemoryRouter } from 'react-router';
import { onTestFinished } from 'vitest';
import { createQueryClient } from '../src/api/query-client';
import { AppProviders } from '../src/app-providers';
import { AppRoutes } from '../src/app-routes';
import { createI18n } from './create-i18n';
import { API_URL } from './trpc-http';

/**
 * The whole app (providers, routes, real tRPC client) at one address, talking to msw; with
 * `queryClient`, on that client (one a test has already put data in).
 */
export function renderApp(
  path: string,
  { lang = 'id', queryClient = testQueryClient() }: { lang?: Language; queryClient?: QueryClient } = {},
) {
  const i18n = createI18n(lang);
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} apiUrl={API_URL} batch={false} queryClient={queryClient} mantineEnv="test">
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, user, i18n, queryClient };
}

/**
 * The app's own client (so a lost session ends on the sign-in page as it does in the app), but
 * without retries: a test that answers with an error wants to see the error, not a second request.
 */
function testQueryClient() {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  return queryClient;
}

interface HappyDomWindow {
  happyDOM: { setViewport(size: { width: number; height: number }): void };
}

/** A phone's width for the rest of the test: Mantine's `hiddenFrom`/`visibleFrom` styles follow it. */
export function phoneWidth() {
  const { happyDOM } = window as unknown as HappyDomWindow;
  happyDOM.setViewport({ width: 360, height: 740 });
  onTestFinished(() => happyDOM.setViewport({ width: 1024, height: 768 }));
}
