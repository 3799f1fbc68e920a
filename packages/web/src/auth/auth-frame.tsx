import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The frame of the pages seen before signing in, in the app. A first visit to the sign-in page
 * draws its twin, auth/quick/quick-frame.tsx, with plain elements (no Mantine, issue 20's size
 * budget): a change to one frame belongs in both.
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
