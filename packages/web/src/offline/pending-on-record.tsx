import { Alert, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePendingChanges } from './pending-context';
import { PendingStateBadge } from './pending-state-badge';

/**
 * On a record's page: this person's changes to it that wait on the device, shown before the server
 * has them (marked as waiting), so a change saved offline does not look lost.
 */
export function PendingOnRecord({ recordId }: { recordId: string }) {
  const { t } = useTranslation();
  const changes = usePendingChanges().filter((c) => c.recordId === recordId);
  if (changes.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('pendingChanges.onRecord')}
      data-testid="pending-on-record"
    >
      <Stack component="ul" gap={4} className="tindak-plain-list">
        {changes.map((change) => (
          <Group component="li" key={change.id} gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm" className="tindak-wrap">
              {change.label}
            </Text>
            <PendingStateBadge state={change.state} />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
