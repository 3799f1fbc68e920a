import { Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndicatorRankingRow } from '@tindak/shared';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { LoadError } from '../../kit/load-states';
import { RankingTable } from './ranking-table';

export interface IndicatorRankingProps {
  /** Left out: the ranking offers a picker of the indicators the user sees, the one most off target chosen. */
  indicatorId?: string;
  /** null ranks the provinces; a province code ranks it and its regencies and cities. */
  parentRegionCode: string | null;
  /** A "Riwayat" button on each row with a value (the indicator page opens the value's history). */
  onShowHistory?: (row: IndicatorRankingRow) => void;
  /** More pickers beside the period's (the national view's province). */
  pickers?: ReactNode;
}

/** The regions ranked for one indicator and period, with the pickers that choose them. */
export function IndicatorRanking({ indicatorId, ...props }: IndicatorRankingProps) {
  if (indicatorId) return <RankingOf key={indicatorId} indicatorId={indicatorId} {...props} />;
  return <RankingWithIndicatorPicker {...props} />;
}

function RankingWithIndicatorPicker(props: Omit<IndicatorRankingProps, 'indicatorId'>) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.indicators.list.queryOptions());
  const [picked, setPicked] = useState<string | null>(null);
  if (list.isPending) return <Skeleton h={160} />;
  if (list.isError) {
    return (
      <LoadError
        title={t('indicatorViews.ranking.loadError')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isRefetching}
      />
    );
  }
  const items = list.data.items;
  // Unpicked: the indicator with the most regions off target, then the most reported (SPBE in
  // Jambi), not the first by name: the table a head opens the page for.
  const mostReported = items.reduce<(typeof items)[number] | undefined>(
    (best, item) =>
      !best ||
      item.offTarget > best.offTarget ||
      (item.offTarget === best.offTarget && item.regionsWithValue > best.regionsWithValue)
        ? item
        : best,
    undefined,
  );
  const chosen = items.find((item) => item.id === picked) ?? mostReported;
  if (!chosen) {
    return (
      <Text size="sm" c="dimmed">
        {t('indicatorViews.ranking.noIndicators')}
      </Text>
    );
  }
  const picker = (
    <Select
      label={t('indicatorViews.ranking.indicator')}
      data={items.map((item) => ({ value: item.id, label: item.name }))}
      value={chosen.id}
      onChange={(value) => value && setPicked(value)}
      allowDeselect={false}
      searchable={items.length > 8}
      w={{ base: '100%', sm: 320 }}
    />
  );
  return (
    <RankingOf
      // A new indicator (or parent) starts again at its own latest period.
      key={`${chosen.id}:${props.parentRegionCode ?? ''}`}
      indicatorId={chosen.id}
      {...props}
      pickers={
        <>
          {picker}
          {props.pickers}
        </>
      }
    />
  );
}

function RankingOf({
  indicatorId,
  parentRegionCode,
  onShowHistory,
  pickers,
}: IndicatorRankingProps & { indicatorId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Left out, the server answers with the latest period that has a value in scope.
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const query = useQuery({
    ...trpc.indicators.ranking.queryOptions({ indicatorId, parentRegionCode, period }),
    // The table stays while another period loads, rather than collapsing to a skeleton.
    placeholderData: keepPreviousData,
  });

  const periodPicker = query.data && query.data.periods.length > 0 && (
    <Select
      label={t('indicatorViews.ranking.period')}
      data={query.data.periods}
      value={period ?? query.data.period}
      onChange={(value) => value && setPeriod(value)}
      allowDeselect={false}
      w={{ base: '100%', sm: 160 }}
    />
  );

  return (
    <Stack gap="sm">
      {(pickers || periodPicker) && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          {pickers}
          {periodPicker}
        </Group>
      )}
      {query.isPending ? (
        <Skeleton h={160} />
      ) : query.isError ? (
        <LoadError
          title={t('indicatorViews.ranking.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : query.data.rows.every((row) => row.value === null) ? (
        <Text size="sm" c="dimmed" role="status">
          {t('indicatorViews.ranking.empty')}
        </Text>
      ) : (
        <div aria-busy={query.isPlaceholderData}>
          <RankingTable
            indicator={query.data.indicator}
            period={query.data.period}
            previousPeriod={query.data.previousPeriod}
            rows={query.data.rows}
            onShowHistory={onShowHistory}
          />
        </div>
      )}
    </Stack>
  );
}
