import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { pathTo } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../i18n/language-switch';

/**
 * The frame of the public pages: no navigation into the app, only the way back to the list of
 * provinces and the language switch (which works without a session).
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" py="xs" px="md">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={pathTo('publicProvinces')} fw={700} c="inherit" underline="never">
              <Text span fw={700}>
                {t('public.frameLabel')}
              </Text>
            </Anchor>
            <LanguageSwitch compactOnPhone />
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" size="md" py="lg" px="md">
        {children}
      </Container>
    </Box>
  );
}
