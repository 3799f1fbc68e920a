import { Anchor, AppShell, Box, Button, Container, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { pathTo } from '@tindak/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UserMenu } from '../auth/user-menu';
import { LanguageSwitch } from '../i18n/language-switch';
import { Drawer } from '../kit/after-paint/after-paint';
import { LiveUpdates } from '../live/live-updates';
import { PendingChangesProvider } from '../offline/pending-context';
import { PendingHeaderStatus } from '../offline/pending-header';
import { SearchBox } from '../search/search-box';
import { MainNav } from './main-nav';

function MenuIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header holds the sections and the account on wide screens. Below `lg` (1200 px) they move
 * into a drawer behind a "Menu" button: a 360 px phone shows the name, the language and the menu on
 * one line, and a 1024 px laptop or tablet does not push the account (and signing out) off the
 * screen. The language stays in the header for people who do not read the current one. Up to `xl`
 * the search and the language take less room beside the sections (styles.css).
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  const drawerId = useId();
  return (
    <PendingChangesProvider>
      <AppShell header={{ height: 56 }} padding={{ base: 'sm', sm: 'md' }}>
        <LiveUpdates />
        <a className="tindak-skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <AppShell.Header>
          <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={pathTo('meetings')} underline="never" c="indigo.8">
                <Text component="span" fw={800} size="lg">
                  {t('app.name')}
                </Text>
              </Anchor>
              <Box visibleFrom="lg">
                <MainNav orientation="row" />
              </Box>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <PendingHeaderStatus />
              <SearchBox compactBesideNav />
              <LanguageSwitch compactOnPhone compactBesideNav />
              <Box visibleFrom="lg">
                <UserMenu />
              </Box>
              <Button
                hiddenFrom="lg"
                variant="default"
                size="compact-sm"
                leftSection={<MenuIcon />}
                aria-expanded={menuOpen}
                aria-controls={menuOpen ? drawerId : undefined}
                onClick={menu.open}
              >
                {t('nav.menu')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <Drawer
          id={drawerId}
          opened={menuOpen}
          onClose={menu.close}
          position="right"
          size="xs"
          title={t('nav.menu')}
          closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
          hiddenFrom="lg"
        >
          <Stack gap="md">
            <MainNav orientation="column" onNavigate={menu.close} />
            <Divider />
            <section aria-label={t('auth.account')}>
              <UserMenu layout="stacked" />
            </section>
          </Stack>
        </Drawer>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="lg" px={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </PendingChangesProvider>
  );
}
