import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSession } from './use-current-user';

function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        navigate('/masuk', { replace: true });
      },
    }),
  );
}

interface UserMenuProps {
  /** `inline` in the header on wide screens, `stacked` in the menu drawer on phones. */
  layout?: 'inline' | 'stacked';
}

/** Who is signed in (name, role, office) and the way out. */
export function UserMenu({ layout = 'inline' }: UserMenuProps) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const signOut = useSignOut();
  // Between signing out and leaving the page there is briefly nobody to show.
  if (!user) return null;
  const stacked = layout === 'stacked';
  const who = (
    // In the header the office name is cut to fit (the menu drawer shows it whole).
    <Stack
      gap={0}
      align={stacked ? 'flex-start' : 'flex-end'}
      className="tindak-wrap"
      maw={stacked ? undefined : 280}
    >
      <Text
        size="sm"
        fw={600}
        lineClamp={stacked ? undefined : 1}
        aria-label={t('auth.signedInAs', { name: user.displayName })}
      >
        {user.displayName}
      </Text>
      <Text
        size="xs"
        c="dimmed"
        lineClamp={stacked ? undefined : 1}
        title={stacked ? undefined : user.organization.name}
      >
        {t(`auth.roles.${user.role}`)} · {user.organization.name}
      </Text>
    </Stack>
  );
  const button = (
    <Button
      size={stacked ? 'sm' : 'compact-sm'}
      variant="default"
      loading={signOut.isPending}
      onClick={() => signOut.mutate()}
    >
      {t('auth.signOut')}
    </Button>
  );
  return stacked ? (
    <Stack gap="sm" align="flex-start">
      {who}
      {button}
    </Stack>
  ) : (
    <Group gap="xs" wrap="nowrap">
      {who}
      {button}
    </Group>
  );
}
