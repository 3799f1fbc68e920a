import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pathTo, type SetupChecklist } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { HomeSection } from './home-sections';

function allDone(list: SetupChecklist): boolean {
  return (
    list.offices.done && list.people.done && list.directory.done && list.mail.configured && list.mail.tested
  );
}

/**
 * The admin's first steps on Beranda, each done or not from the data; gone once all are done.
 * The mail server is shown without its credentials, with a test mail through the outbox.
 */
export function AdminChecklist() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.setup.checklist.queryOptions());
  const sendTest = useMutation(
    trpc.setup.sendTestMail.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.setup.checklist.queryKey() }),
    }),
  );
  if (query.isPending || (query.data && allDone(query.data))) return null;
  if (query.isError) {
    return (
      <Alert color="red" role="alert">
        {t('checklist.loadError')}
      </Alert>
    );
  }
  const list = query.data;
  return (
    <HomeSection title={t('checklist.title')} intro={t('checklist.lead')}>
      <List spacing="sm" listStyleType="none" p={0}>
        <Step done={list.offices.done} title={t('checklist.offices')}>
          {t('checklist.officesHint', { count: list.offices.count })}{' '}
          <Anchor component={Link} to={pathTo('offices')}>
            {t('checklist.officesAction')}
          </Anchor>
        </Step>
        <Step done={list.people.done} title={t('checklist.people')}>
          {t('checklist.peopleHint', { count: list.people.count })}{' '}
          <Anchor component={Link} to={pathTo('users')}>
            {t('checklist.peopleAction')}
          </Anchor>
        </Step>
        <Step done={list.directory.done} title={t('checklist.directory')}>
          {t('checklist.directoryHint', { count: list.directory.count })}{' '}
          <Anchor component={Link} to={pathTo('people')}>
            {t('checklist.directoryAction')}
          </Anchor>
        </Step>
        <Step done={list.mail.configured && list.mail.tested} title={t('checklist.mail')}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">
              {list.mail.server
                ? t('checklist.mailConfigured', { server: list.mail.server })
                : t('checklist.mailNotConfigured')}
            </Text>
            {list.mail.tested && <Text size="sm">{t('checklist.mailTested')}</Text>}
            <Button size="xs" variant="light" loading={sendTest.isPending} onClick={() => sendTest.mutate()}>
              {t('checklist.sendTest')}
            </Button>
            {sendTest.isSuccess && (
              <Text size="sm" role="status">
                {t('checklist.testQueued')}{' '}
                <Anchor component={Link} to={pathTo('outbox')}>
                  {t('outbox.navAdmin')}
                </Anchor>
              </Text>
            )}
            {sendTest.isError && (
              <Text size="sm" c="red" role="alert">
                {errorMessage(sendTest.error, t('common.networkError'))}
              </Text>
            )}
          </Stack>
        </Step>
      </List>
    </HomeSection>
  );
}

function Step({ done, title, children }: { done: boolean; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          <Badge color={done ? 'teal' : 'gray'} variant={done ? 'filled' : 'outline'} tt="none">
            {done ? t('checklist.done') : t('checklist.notDone')}
          </Badge>
          <Text fw={600}>{title}</Text>
        </Group>
        <Text size="sm" c="dimmed" component="div">
          {children}
        </Text>
      </Stack>
    </List.Item>
  );
}
