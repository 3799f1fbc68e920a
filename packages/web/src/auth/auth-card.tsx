import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/language-switch';

/** The frame of the pages seen before signing in. */
export function AuthCard({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={440}>
        <Stack gap="md">
          <Box style={{ alignSelf: 'flex-end' }}>
            <LanguageSwitch />
          </Box>
          <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md" component="main" id="main">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} size="h2">
                  {title}
                </Title>
                <Text c="dimmed">{lead}</Text>
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Box>
    </Center>
  );
}
