import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { PublicFrame } from './public-frame';

/** `/publik`: the provinces that have published commitments; readable without signing in. */
export function PublicProvincesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.public.provinces.queryOptions());
  useDocumentTitle(`${t('public.provincesTitle')} · ${t('app.name')}`);

  let body: ReactNode;
  if (query.isPending) body = <PageSkeleton />;
  else if (query.isError)
    body = (
      <LoadError
        title={t('public.provincesLoadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  else if (query.data.length === 0) body = <Text c="dimmed">{t('public.provincesEmpty')}</Text>;
  else
    body = (
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {query.data.map((province) => (
          <Card component="li" withBorder padding="md" key={province.code}>
            <Anchor
              component={Link}
              to={pathTo('publicCommitments', { provinceCode: province.code })}
              fw={600}
            >
              {province.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('public.provinceCount', { count: province.commitments })}
            </Text>
          </Card>
        ))}
      </Stack>
    );

  return (
    <PublicFrame>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('public.provincesTitle')}
          </Title>
          <Text c="dimmed">{t('public.provincesIntro')}</Text>
        </Stack>
        {body}
      </Stack>
    </PublicFrame>
  );
}
