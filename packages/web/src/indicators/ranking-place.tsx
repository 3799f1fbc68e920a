import { Stack } from '@mantine/core';
import type { IndicatorRankingRow } from '@tindak/shared';
import { useMemo } from 'react';
import { useRegions } from '../kit/use-regions';
import { useCurrentUser } from '../session/use-current-user';
import { IndicatorRanking } from './ranking/indicator-ranking';
import { ProvincePicker } from './ranking/province-picker';

interface RankingPlaceProps {
  indicatorId: string;
  parent: string | null;
  onParent: (code: string | null) => void;
  onShowHistory: (row: IndicatorRankingRow) => void;
}

/**
 * The ranking of regions on the indicator's page. A national user first sees the provinces and may
 * pick one to rank its regencies and cities; everyone else sees their own province.
 */
export function RankingPlace({ indicatorId, parent, onParent, onShowHistory }: RankingPlaceProps) {
  const national = useCurrentUser().organization.regionCode === null;
  const { regions } = useRegions();
  const provinces = useMemo(() => regions.filter((r) => r.kind === 'province'), [regions]);
  return (
    <Stack gap="sm">
      {national && <ProvincePicker provinces={provinces} value={parent} onChange={onParent} maw={420} />}
      <IndicatorRanking indicatorId={indicatorId} parentRegionCode={parent} onShowHistory={onShowHistory} />
    </Stack>
  );
}
