import { useQuery } from '@tanstack/react-query';
import { type Indicator, type IndicatorValue, isPeriodOfKind } from '@tindak/shared';
import { useTRPC } from '../api/trpc';
import { useRegions } from '../kit/use-regions';

/**
 * The value already recorded for one region and period, if any, from the ranking of the region's
 * province (a province's own row is in its own ranking): replacing it must send its version.
 */
export function useCurrentValue(
  indicator: Pick<Indicator, 'id' | 'periodKind'>,
  regionCode: string | null,
  period: string,
) {
  const trpc = useTRPC();
  const { regions } = useRegions();
  const region = regions.find((r) => r.code === regionCode);
  const parent = region ? (region.kind === 'province' ? region.code : region.parentCode) : null;
  const ready = region !== undefined && isPeriodOfKind(period, indicator.periodKind);
  const ranking = useQuery(
    trpc.indicators.ranking.queryOptions(
      { indicatorId: indicator.id, parentRegionCode: parent, period },
      { enabled: ready },
    ),
  );
  const row = ready ? ranking.data?.rows.find((r) => r.region.code === regionCode) : undefined;
  return (row?.value ?? null) as IndicatorValue | null;
}
