import { Alert, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';

/** "/akun": the private calendar feed. Only a hash is stored, so the URL is shown once, when made. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const status = useQuery(trpc.calendar.feedUrl.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.feedUrl.queryKey() });
  const create = useMutation(
    trpc.calendar.createFeed.mutationOptions({
      onSuccess: (feed) => {
        setUrl(feed.url);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revokeFeed.mutationOptions({
      onSuccess: () => {
        setUrl(null);
        void refresh();
      },
    }),
  );
  const active = status.data ?? null;

  return (
    <Card withBorder component="section" aria-labelledby="calendar-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-heading">
          {t('calendar.title')}
        </Title>
        <Text size="sm">{t('calendar.explain')}</Text>
        {url && (
          <Stack gap="xs">
            <TextInput
              label={t('calendar.urlLabel')}
              value={url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
            />
            <Text size="sm" c="dimmed">
              {t('calendar.shownOnce')}
            </Text>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} w="fit-content">
                  {copied ? t('calendar.copied') : t('calendar.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        )}
        {!url && active && (
          <Text size="sm">{t('calendar.active', { date: formatDateTime(active.createdAt, lang) })}</Text>
        )}
        {(create.isError || revoke.isError) && (
          <Alert color="red" role="alert">
            {t('calendar.error')}
          </Alert>
        )}
        <Group gap="sm">
          <Button onClick={() => create.mutate()} loading={create.isPending}>
            {active ? t('calendar.replace') : t('calendar.create')}
          </Button>
          {active && (
            <Button variant="outline" color="red" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t('calendar.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
