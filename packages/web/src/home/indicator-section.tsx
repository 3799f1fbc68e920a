import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type IndicatorOffTargetRow, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { BandBadge } from '../indicators/band-badge';
import { useFormatValue } from '../indicators/format-value';
import { regionIndicatorPath } from '../indicators/series/region-indicator-path';
import { LoadError } from '../kit/load-states';
import { HomeSection } from './home-sections';

/** How many off-target rows Beranda names; the rest are on /indikator. */
const SHOWN = 5;

function OffTargetRow({ row }: { row: IndicatorOffTargetRow }) {
  const { t } = useTranslation();
  const formatValue = useFormatValue();
  const value = row.value === null ? (row.predicate ?? '–') : formatValue(row.value, row.indicator.unit);
  return (
    <Stack gap={4}>
      <Title order={3} size="h5" className="tindak-wrap">
        {/* The region page has the series and the work on it: the answer to "what are they doing". */}
        <Anchor
          component={Link}
          to={regionIndicatorPath(row.region.code, row.indicator.id)}
          inherit
          className="tindak-home-row-link"
        >
          {row.indicator.name} · {row.region.name}
        </Anchor>
      </Title>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={500}>
          {t('indicatorViews.offTarget.valueAgainstTarget', {
            period: row.period,
            value,
            target: formatValue(row.target, row.indicator.unit),
          })}
        </Text>
        {row.value !== null && <BandBadge band={row.band} label={row.predicate} />}
      </Group>
      <Text size="sm" c={row.openWork === 0 ? 'red.9' : 'dimmed'}>
        {row.openWork === 0
          ? t('indicatorViews.offTarget.noOpenWork')
          : t('indicatorViews.offTarget.openWork', { count: row.openWork })}
      </Text>
    </Stack>
  );
}

/**
 * Beranda for those who oversee: the latest values in scope that miss their target, worst first,
 * each with the work open on it. Nothing off target, nothing shown: the section would only be noise.
 */
export function IndicatorSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.indicators.offTarget.queryOptions({ limit: SHOWN }));
  if (query.isPending) return null;
  if (query.isError) {
    return (
      <LoadError
        title={t('indicatorViews.offTarget.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  const { total, rows } = query.data;
  if (total === 0) return null;
  const hidden = total - rows.length;
  return (
    <HomeSection
      title={t('indicatorViews.offTarget.title')}
      intro={t('indicatorViews.offTarget.intro')}
      more={
        hidden > 0
          ? { to: pathTo('indicators'), label: t('indicatorViews.offTarget.more', { count: hidden }) }
          : undefined
      }
    >
      <ul className="tindak-plain-list tindak-home-list" aria-label={t('indicatorViews.offTarget.title')}>
        {rows.map((row) => (
          <li key={`${row.indicator.id}:${row.region.code}`}>
            <OffTargetRow row={row} />
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
