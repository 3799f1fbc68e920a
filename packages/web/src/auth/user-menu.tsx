import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSession } from './use-current-user';

export function UserMenu() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const user = useSession().data?.user;
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        navigate('/masuk', { replace: true });
      },
    }),
  );
  // Between signing out and leaving the page there is briefly nobody to show.
  if (!user) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Stack gap={0} visibleFrom="sm" align="flex-end">
        <Text size="sm" fw={600} lineClamp={1} aria-label={t('auth.signedInAs', { name: user.displayName })}>
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {t(`auth.roles.${user.role}`)} · {user.organization.name}
        </Text>
      </Stack>
      <Button
        size="compact-sm"
        variant="default"
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
