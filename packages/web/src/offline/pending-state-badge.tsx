import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PendingState } from './pending-store';

const colors: Record<PendingState, string> = {
  waiting: 'gray',
  sending: 'blue',
  conflict: 'orange',
  failed: 'red',
};

export function PendingStateBadge({ state }: { state: PendingState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="light" size="sm" style={{ flexShrink: 0 }}>
      {t(`pendingChanges.state.${state}`)}
    </Badge>
  );
}
