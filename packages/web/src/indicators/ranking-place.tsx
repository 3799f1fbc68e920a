import { Stack } from '@mantine/core';
import type { IndicatorRankingRow } from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../kit/use-regions';
import { RegionSelect } from '../regions/region-select';
import { useCurrentUser } from '../session/use-current-user';
import { IndicatorRanking } from './ranking/indicator-ranking';

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
  const { t } = useTranslation();
  const national = useCurrentUser().organization.regionCode === null;
  const { regions } = useRegions();
  const provinces = useMemo(() => regions.filter((r) => r.kind === 'province'), [regions]);
  return (
    <Stack gap="sm">
      {national && (
        <RegionSelect
          label={t('indicators.page.province')}
          placeholder={t('indicators.page.allProvinces')}
          regions={provinces}
          clearable
          maw={420}
          value={parent}
          onChange={onParent}
        />
      )}
      <IndicatorRanking indicatorId={indicatorId} parentRegionCode={parent} onShowHistory={onShowHistory} />
    </Stack>
  );
}
