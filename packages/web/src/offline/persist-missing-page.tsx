import { Alert, Text } from '@mantine/core';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionQuery } from './persist-scope';
import { useOnline } from './use-online';

/**
 * Whether what is on screen waits for the network with nothing to show: some query in use is paused
 * without data, and none in use (besides who is signed in, which the shell holds) has any. A page
 * with part of its data (a list from the device's copy whose filter choices are not) shows that part.
 */
function waitsWithNothing(client: QueryClient): boolean {
  const inUse = client
    .getQueryCache()
    .findAll({ predicate: (q) => q.getObserversCount() > 0 && !isSessionQuery(q.queryKey) });
  const paused = inUse.some((q) => q.state.status === 'pending' && q.state.fetchStatus === 'paused');
  return paused && !inUse.some((q) => q.state.data !== undefined);
}

/**
 * Around each page: offline, a page that is not in the device's copy says so plainly instead of
 * showing skeletons forever. The page stays mounted (hidden), so it fills in by itself once the
 * connection is back and its paused queries go on.
 */
export function OfflineMissingPage({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const online = useOnline();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  const missing = useSyncExternalStore(subscribe, () => !online && waitsWithNothing(client));
  if (!missing) return children;
  return (
    <>
      <OfflineNotice />
      <div hidden>{children}</div>
    </>
  );
}

/** "Anda sedang offline; halaman ini belum tersimpan di perangkat", and what can still be read. */
export function OfflineNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('offlineRead.missingTitle')} role="status" my="md">
      <Text size="sm">{t('offlineRead.missingBody')}</Text>
    </Alert>
  );
}
