import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { AuthCard } from '../auth/auth-card';

/**
 * For a visitor without a session: whether the installation still has no account (then `/`
 * explains where the setup link is), and whether that is still being asked.
 */
export function useSetupNeeded(enabled: boolean): { needed: boolean; pending: boolean } {
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions(undefined, { enabled }));
  return { needed: status.data?.needed === true, pending: enabled && status.isPending };
}

/** What `/` shows on an installation with no account: the setup link is in the server log. */
export function FirstRunNotice() {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('setup.firstRunTitle')} lead={t('setup.firstRunLead')}>
      <Stack gap="sm">
        <Text>{t('setup.firstRunHint')}</Text>
        <Text size="sm" c="dimmed">
          {t('setup.firstRunCli')}
        </Text>
      </Stack>
    </AuthCard>
  );
}
