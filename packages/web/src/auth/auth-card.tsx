import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/language-switch';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import type { SaveFeedback } from '../kit/form/use-save-feedback';

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

/**
 * What went wrong on a sign-in page, in the alert above the fields: nothing is "saved" there, so the
 * alert has no title, and a problem with a field is said only next to that field.
 */
export function AuthProblem<T>({ feedback }: { feedback: SaveFeedback<T> }) {
  if (feedback.problem?.kind === 'fields') return null;
  return <SaveProblemAlert feedback={feedback} notSavedTitle="" onReload={() => {}} />;
}
