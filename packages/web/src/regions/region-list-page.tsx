import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { useRegions } from '../kit/use-regions';
import { useCurrentUser } from '../session/use-current-user';
import { RegionCard } from './region-card';

/**
 * `/wilayah`: the regions the user can see. A province office sees its province and every regency
 * and city in it, a regency office its own region; an office without a region sees every province.
 */
export function RegionListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('regions.listTitle')} · ${t('app.name')}`);
  const scope = useCurrentUser().organization.regionCode;
  return (
    <Stack gap="md">
      <Title order={1} className="tindak-page-title">
        {t('regions.listTitle')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('regions.listIntro')}
      </Text>
      {scope ? <ScopeRegions code={scope} /> : <AllProvinces />}
    </Stack>
  );
}

function ScopeRegions({ code }: { code: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.regions.overview.queryOptions({ code }));
  if (query.isPending) return <PageSkeleton />;
  if (query.isError) {
    return (
      <LoadError
        title={t('regions.listLoadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  const { region, counts, children } = query.data;
  return (
    <SimpleGrid component="ul" className="tindak-plain-list" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      <li>
        <RegionCard region={region} counts={counts} whole={children.length > 0} />
      </li>
      {children.map((child) => (
        <li key={child.code}>
          <RegionCard region={child} counts={child.counts} />
        </li>
      ))}
    </SimpleGrid>
  );
}

function AllProvinces() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { regions, isLoading } = useRegions();
  const provinces = regions.filter((r) => r.kind === 'province');
  // A national office: one overview per province (a handful of rows each, counted on the server).
  const overviews = useQueries({
    queries: provinces.map((p) => trpc.regions.overview.queryOptions({ code: p.code })),
  });
  if (isLoading || overviews.some((q) => q.isPending)) return <PageSkeleton />;
  const failed = overviews.find((q) => q.isError);
  if (failed) {
    return (
      <LoadError
        title={t('regions.listLoadError')}
        error={failed.error}
        onRetry={() => void Promise.all(overviews.map((q) => q.refetch()))}
      />
    );
  }
  if (provinces.length === 0) {
    return (
      <Card withBorder padding="xl">
        <Text fw={600}>{t('regions.listEmpty')}</Text>
        <Text size="sm" c="dimmed">
          {t('regions.listEmptyHint')}
        </Text>
      </Card>
    );
  }
  return (
    <SimpleGrid component="ul" className="tindak-plain-list" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {overviews.map((q) =>
        q.data ? (
          <li key={q.data.region.code}>
            <RegionCard region={q.data.region} counts={q.data.counts} whole />
          </li>
        ) : null,
      )}
    </SimpleGrid>
  );
}
