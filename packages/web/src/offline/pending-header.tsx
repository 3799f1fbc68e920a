import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDateTime } from '@tindak/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withAllStyles } from '../all-mantine-styles';
import { useLanguage } from '../i18n/use-language';
import { Drawer } from '../kit/after-paint/after-paint';
import { usePendingChanges } from './pending-context';
import { PendingStateBadge } from './pending-state-badge';
import { useOnline } from './use-online';

/** A crossed-out signal: no connection. */
function NoConnectionIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      aria-hidden="true"
      style={{ display: 'block' }}
    >
      <path
        d="M5 12.5a10 10 0 0 1 4-2.3M12 20h.01M8.5 16.4a5 5 0 0 1 7 0M2 8.8a15 15 0 0 1 4.2-2.7M19 12.5a10 10 0 0 0-2.6-1.8M22 8.8A15 15 0 0 0 11 5M3 3l18 18"
        strokeLinecap="round"
      />
    </svg>
  );
}

// Needed only once the server refuses a change: fetched then, not with every page's header.
const PendingConflictDialog = lazy(() =>
  withAllStyles(() => import('./pending-conflict-dialog')).then((m) => ({
    default: m.PendingConflictDialog,
  })),
);

/**
 * In the header: "Offline" while the browser has no connection, and how many of this person's
 * changes wait on the device, opening the list of them with their states. Also hosts the dialog
 * for a change the server refused, so it shows on whatever page the person is.
 */
export function PendingHeaderStatus() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const online = useOnline();
  const changes = usePendingChanges();
  const [listOpen, list] = useDisclosure(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const count = changes.length;
  const countLabel = t('pendingChanges.count', { count });
  return (
    <>
      {!online && (
        <>
          <Badge
            color="orange"
            variant="filled"
            size="sm"
            title={t('pendingChanges.offlineHint')}
            visibleFrom="sm"
          >
            {t('pendingChanges.offline')}
          </Badge>
          {/* A phone's header has no room for the word beside the search, languages and menu. */}
          <Badge
            color="orange"
            variant="filled"
            size="lg"
            circle
            hiddenFrom="sm"
            role="img"
            aria-label={t('pendingChanges.offline')}
            title={t('pendingChanges.offlineHint')}
          >
            <NoConnectionIcon />
          </Badge>
        </>
      )}
      {count > 0 && (
        <Button variant="light" color="orange" size="compact-xs" onClick={list.open} aria-label={countLabel}>
          <Text span size="xs" fw={600} hiddenFrom="sm" aria-hidden="true">
            {count}
          </Text>
          <Text span size="xs" fw={600} visibleFrom="sm" aria-hidden="true">
            {countLabel}
          </Text>
        </Button>
      )}
      <Drawer opened={listOpen} onClose={list.close} position="right" title={t('pendingChanges.listTitle')}>
        {count === 0 ? (
          <Text c="dimmed">{t('pendingChanges.none')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            className="tindak-plain-list"
            aria-label={t('pendingChanges.listTitle')}
          >
            {changes.map((change) => (
              <Paper component="li" key={change.id} withBorder p="sm">
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={500} className="tindak-wrap">
                    {change.label}
                  </Text>
                  <PendingStateBadge state={change.state} />
                </Group>
                <Text size="xs" c="dimmed">
                  {t('pendingChanges.createdAt', { when: formatDateTime(change.createdAt, lang) })}
                </Text>
                {change.message && (
                  <Text size="xs" c="red.8">
                    {change.message}
                  </Text>
                )}
                {(change.state === 'conflict' || change.state === 'failed') && (
                  <Button
                    mt="xs"
                    size="compact-sm"
                    variant="light"
                    onClick={() => {
                      list.close();
                      setChosenId(change.id);
                    }}
                  >
                    {t('pendingChanges.review')}
                  </Button>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </Drawer>
      {changes.some((c) => c.state === 'conflict' || c.state === 'failed') && (
        <Suspense fallback={null}>
          <PendingConflictDialog chosenId={chosenId} onClose={() => setChosenId(null)} />
        </Suspense>
      )}
    </>
  );
}
