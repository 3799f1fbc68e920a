import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { UserMenu } from '../auth/user-menu';
import { LanguageSwitch } from './language-switch';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} padding={{ base: 'sm', sm: 'md' }}>
      <a className="tindak-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to="/rapat" underline="never" c="indigo.8">
              <Text component="span" fw={800} size="lg">
                {t('app.name')}
              </Text>
            </Anchor>
            <nav aria-label={t('nav.main')}>
              <NavLink to="/rapat" className="tindak-nav-link">
                {t('nav.meetings')}
              </NavLink>
              <NavLink to="/tindak-lanjut" className="tindak-nav-link">
                {t('actionItems.nav')}
              </NavLink>
            </nav>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
