import { Badge, Button, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDateTime } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { PendingConflictDialog } from './pending-conflict-dialog';
import { usePendingChanges } from './pending-context';
import { PendingStateBadge } from './pending-state-badge';
import { useOnline } from './use-online';

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
        <Badge color="orange" variant="filled" size="sm" title={t('pendingChanges.offlineHint')}>
          {t('pendingChanges.offline')}
        </Badge>
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
      <PendingConflictDialog chosenId={chosenId} onClose={() => setChosenId(null)} />
    </>
  );
}
