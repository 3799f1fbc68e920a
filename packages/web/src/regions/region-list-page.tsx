import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { NationalIndicatorRanking } from '../indicators/ranking/national-indicator-ranking';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { useCurrentUser } from '../session/use-current-user';
import { NationalComparison } from './national-comparison';
import { RegionCard } from './region-card';
import './regions.css';
import { RegionTabs } from './region-tabs';

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
      <RegionTabs />
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

/** An office without a region: every province side by side, counted in one request. */
function AllProvinces() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.regions.national.queryOptions());
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
  if (query.data.provinces.length === 0) {
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
    <Stack gap="xl">
      <NationalComparison national={query.data} />
      <NationalIndicatorRanking provinces={query.data.provinces} />
    </Stack>
  );
}
