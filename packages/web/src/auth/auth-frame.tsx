import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The frame of the pages seen before signing in, with only Mantine's layout parts: the quick
 * sign-in page (auth/quick) draws it before the rest of the app is loaded.
 */
export function AuthFrame({
  title,
  lead,
  languageSwitch,
  children,
}: {
  title: string;
  lead: string;
  languageSwitch: ReactNode;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={440}>
        <Stack gap="md">
          <Box style={{ alignSelf: 'flex-end' }}>{languageSwitch}</Box>
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
