import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { RegionKind } from '@tindak/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { LoadError } from '../../kit/load-states';
import { IndicatorRanking } from '../ranking/indicator-ranking';
import { IndicatorSeries } from './indicator-series';

interface RegionIndicatorsProps {
  region: { code: string; name: string; kind: RegionKind };
}

/**
 * The region page's "Indikator": for a province first its regencies and cities ranked (which are
 * below target, and what work is open on it), then each indicator of the region over the periods.
 */
export function RegionIndicators({ region }: RegionIndicatorsProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.indicators.regionSeries.queryOptions({ regionCode: region.code }));
  const { hash } = useLocation();
  // A ranking's "2 berjalan" lands on one indicator's work; the page has to be here to scroll to it.
  useEffect(() => {
    if (query.data && hash.length > 1) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [query.data, hash]);

  return (
    <Stack component="section" gap="md" id="indikator" aria-labelledby="region-indicators-title">
      <Stack gap={2}>
        <Title order={2} size="h3" id="region-indicators-title">
          {t('indicatorViews.series.section')}
        </Title>
        <Text size="sm" c="dimmed" className="tindak-wrap">
          {t('indicatorViews.series.intro')}
        </Text>
      </Stack>
      {region.kind === 'province' && (
        <Stack gap="xs" component="section" aria-labelledby="region-indicator-ranking-title">
          <Title order={3} size="h4" id="region-indicator-ranking-title">
            {t('indicatorViews.series.rankingTitle')}
          </Title>
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {t('indicatorViews.series.rankingIntro')}
          </Text>
          <IndicatorRanking parentRegionCode={region.code} />
        </Stack>
      )}
      {query.isPending ? (
        <Skeleton h={200} />
      ) : query.isError ? (
        <LoadError
          title={t('indicatorViews.series.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : query.data.indicators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('indicatorViews.series.empty')}
        </Text>
      ) : (
        query.data.indicators.map((series) => (
          <IndicatorSeries key={series.indicator.id} series={series} regionName={region.name} />
        ))
      )}
    </Stack>
  );
}
