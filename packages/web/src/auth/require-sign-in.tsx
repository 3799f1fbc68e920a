import { Center, Container, Loader, Stack, Text } from '@mantine/core';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { OfflineNotice } from '../offline/persist-missing-page';
import { useSession } from '../session/use-current-user';
import { FirstRunNotice, useSetupNeeded } from '../setup/first-run-notice';

/** Pages behind it need a session; without one the person is sent to sign in and brought back after. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const setup = useSetupNeeded(!session.isPending && !session.data?.user);
  // Offline with no copy of the session on the device: say so, rather than checking forever.
  if (session.isPending && session.fetchStatus === 'paused') {
    return (
      <Container size="sm">
        <OfflineNotice />
      </Container>
    );
  }
  if (session.isPending || setup.pending) {
    return (
      <Center mih="60vh">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">{t('auth.checking')}</Text>
        </Stack>
      </Center>
    );
  }
  if (!session.data?.user && setup.needed) return <FirstRunNotice />;
  if (!session.data?.user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={pathTo('signIn', {}, { lanjut: next })} replace />;
  }
  return <Outlet />;
}
