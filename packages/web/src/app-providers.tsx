import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { TRPCProvider } from './api/trpc';
import { isLanguage, storeLanguage } from './i18n/i18n';
import { Notifications } from './kit/after-paint/after-paint';
import { cssVariablesResolver, theme } from './theme';

export interface AppProvidersProps {
  i18n: I18n;
  /** Defaults to `/trpc` on the page's own origin. */
  apiUrl?: string;
  batch?: boolean;
  queryClient?: QueryClient;
  /** `test` turns off Mantine's transitions and portals so tests see dropdowns at once. */
  mantineEnv?: 'default' | 'test';
  children: ReactNode;
}

export function AppProviders(props: AppProvidersProps) {
  const { i18n, apiUrl, batch, queryClient: given, mantineEnv, children } = props;
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [trpcClient] = useState(() =>
    createApiClient({
      url: apiUrl,
      batch,
      getLanguage: () => (isLanguage(i18n.language) ? i18n.language : 'id'),
    }),
  );

  useEffect(() => {
    // Screen readers and the browser's own spell checking follow the page language.
    const apply = (lang: string) => {
      if (!isLanguage(lang)) return;
      document.documentElement.lang = lang;
      storeLanguage(lang);
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        env={mantineEnv}
      >
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {children}
          </TRPCProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
