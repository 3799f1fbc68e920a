import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../format-value';
import type { SeriesProps } from './series-table';

// The charts library is big; it comes in its own file once a region with a series is shown.
const SeriesLines = lazy(() => import('./series-lines').then((m) => ({ default: m.SeriesLines })));

const HEIGHT = 220;

/** A region's value against its target per period; one labelled picture, the table says it in full. */
export function SeriesChart({ indicator, regionName, points }: SeriesProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Only numbers draw; a predicate-only period ("Cukup") is in the table.
  if (!points.some((point) => point.value !== null || point.target !== null)) return null;
  const data = points.map(({ period, value, target }) => ({ period, value, target }));
  return (
    <div
      role="img"
      aria-label={t('indicatorViews.series.chart', { indicator: indicator.name, region: regionName })}
    >
      {/* Inert: the chart's SVG layers would otherwise be keyboard stops that say nothing. */}
      <div inert>
        <Suspense fallback={<Skeleton h={HEIGHT} />}>
          <SeriesLines
            height={HEIGHT}
            data={data}
            valueLabel={t('indicatorViews.series.valueLine')}
            targetLabel={t('indicatorViews.series.targetLine')}
            domain={[indicator.scaleMin ?? 'auto', indicator.scaleMax ?? 'auto']}
            format={(value) => formatNumber(value, lang)}
          />
        </Suspense>
      </div>
    </div>
  );
}
