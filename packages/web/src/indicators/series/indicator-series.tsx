import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type IndicatorRegionSeriesOutput, pathTo } from '@tindak/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatValue } from '../format-value';
import { MeetsTargetMark, ValueMark } from '../ranking/ranking-marks';
import { indicatorAnchor } from './region-indicator-path';
import { SeriesChart } from './series-chart';
import { SeriesTable } from './series-table';
import { WorkList } from './work-list';

export type RegionIndicatorSeries = IndicatorRegionSeriesOutput['indicators'][number];

/** The latest period with a value, said in one line: "2025: 2,91 Baik · target 3 · ✗ Tidak". */
function LatestLine({ series }: { series: RegionIndicatorSeries }) {
  const { t } = useTranslation();
  const formatValue = useFormatValue();
  const latest = series.points.findLast((point) => point.value !== null || point.predicate !== null);
  if (!latest) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text span size="sm" fw={600}>
        {latest.period}:
      </Text>
      <ValueMark
        value={latest.value}
        predicate={latest.predicate}
        band={latest.band}
        unit={series.indicator.unit}
      />
      {latest.target !== null && (
        <>
          <Text span size="sm" c="dimmed">
            {t('indicatorViews.ranking.targetValue', {
              value: formatValue(latest.target, series.indicator.unit),
            })}
          </Text>
          <Text span size="sm" c="dimmed">
            {t('indicatorViews.ranking.meets')}:
          </Text>
          <MeetsTargetMark meets={latest.meetsTarget} />
        </>
      )}
    </Group>
  );
}

/** One indicator of a region: value against target over the periods, and the work meant to move it. */
export function IndicatorSeries({
  series,
  regionName,
}: {
  series: RegionIndicatorSeries;
  regionName: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { indicator, points, work } = series;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      id={indicatorAnchor(indicator.id)}
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId} className="tindak-wrap">
          <Anchor component={Link} to={pathTo('indicator', { id: indicator.id })} inherit>
            {indicator.name}
          </Anchor>
        </Title>
        <LatestLine series={series} />
        {points.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicatorViews.series.noPoints')}
          </Text>
        ) : (
          <>
            <SeriesChart indicator={indicator} regionName={regionName} points={points} />
            <SeriesTable indicator={indicator} regionName={regionName} points={points} />
          </>
        )}
        <WorkList work={work} />
      </Stack>
    </Card>
  );
}
