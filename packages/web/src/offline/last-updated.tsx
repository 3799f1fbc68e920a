import { Text } from '@mantine/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@tindak/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { useCurrentUser } from '../session/use-current-user';
import { useOnline } from './use-online';

/**
 * When a query's data last came from the server (0 while it has none), for pages whose query lives
 * further down than their title.
 */
export function useDataUpdatedAt(queryKey: QueryKey): number {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  return useSyncExternalStore(subscribe, () => client.getQueryState(queryKey)?.dataUpdatedAt ?? 0);
}

/**
 * "Terakhir diperbarui Senin, 7 Desember 2026 13.05 WIB" under a page's title while offline: what
 * is shown then is the device's copy, and the reader must know how old it is. Online it says nothing.
 */
export function LastUpdated({ updatedAt }: { updatedAt: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { timeZone } = useCurrentUser();
  const online = useOnline();
  if (online || updatedAt === 0) return null;
  return (
    <Text size="sm" c="dimmed" className="tindak-wrap">
      {t('offlineRead.lastUpdated', { time: formatDateTime(new Date(updatedAt), lang, timeZone) })}
    </Text>
  );
}
