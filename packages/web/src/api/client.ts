import type { AppRouter } from '@tindak/api';
import type { Language } from '@tindak/shared';
import { createTRPCClient, httpBatchLink, httpLink, httpSubscriptionLink, splitLink } from '@trpc/client';

export interface ApiClientOptions {
  /** `/trpc` in the app (same origin, proxied by Vite in development); absolute in tests. */
  url?: string;
  /** Read on every request, so a language switch applies to the very next call. */
  getLanguage: () => Language;
  /** Batching joins the queries a page fires at once into one request; tests may turn it off. */
  batch?: boolean;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * No transformer: dates travel as ISO strings, which is what the shared schemas declare.
 * The language header makes the server answer errors in the language the person reads.
 * Subscriptions (live updates) go over server-sent events on the same origin, so the session
 * cookie rides along; EventSource cannot send headers, and a live event carries no words anyway.
 */
export function createApiClient({ url = '/trpc', getLanguage, batch = true }: ApiClientOptions) {
  const options = { url, headers: () => ({ 'x-tindak-lang': getLanguage() }) };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url }),
        false: batch ? httpBatchLink(options) : httpLink(options),
      }),
    ],
  });
}
