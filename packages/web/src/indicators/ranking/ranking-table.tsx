import { Anchor, Box, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type Indicator, type IndicatorRankingRow, pathTo } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatValue } from '../format-value';
import { regionIndicatorPath } from '../series/region-indicator-path';
import { ChangeMark, Dash, MeetsTargetMark, ValueMark } from './ranking-marks';

export interface RankingTableProps {
  indicator: Indicator;
  period: string | null;
  previousPeriod: string | null;
  rows: IndicatorRankingRow[];
  onShowHistory?: (row: IndicatorRankingRow) => void;
}

/** The pieces of one row, shared by the table cells and the phone cards. */
function useRowParts(indicator: Indicator, previousPeriod: string | null) {
  const { t } = useTranslation();
  const formatValue = useFormatValue();
  return (row: IndicatorRankingRow) => ({
    rank:
      row.rank === null ? (
        <Dash label={t('indicatorViews.ranking.noRank')} />
      ) : (
        <Text span fw={700}>
          {row.rank}
        </Text>
      ),
    region: (
      <Anchor component={Link} to={pathTo('region', { code: row.region.code })} size="sm">
        {row.region.name}
      </Anchor>
    ),
    value: (
      <ValueMark
        value={row.value?.value ?? null}
        predicate={row.value?.predicate ?? null}
        band={row.value?.band ?? null}
        unit={indicator.unit}
      />
    ),
    target: row.target ? (
      <Text span size="sm">
        {formatValue(row.target.target, indicator.unit)}
      </Text>
    ) : (
      <Dash label={t('indicatorViews.ranking.noTarget')} />
    ),
    meets: <MeetsTargetMark meets={row.meetsTarget} />,
    change: (
      <ChangeMark
        change={row.change}
        direction={indicator.direction}
        since={previousPeriod}
        previousPredicate={row.previousPredicate}
      />
    ),
    // The work itself is listed on the region page, under this indicator.
    work:
      row.openWork > 0 ? (
        <Anchor component={Link} to={regionIndicatorPath(row.region.code, indicator.id)} size="sm">
          {t('indicatorViews.ranking.openWorkCount', { count: row.openWork })}
        </Anchor>
      ) : (
        <Text span size="sm" c="dimmed">
          {t('indicatorViews.ranking.noOpenWork')}
        </Text>
      ),
  });
}

/**
 * The SPBE table of the 2024 forum, made live: rows arrive ranked from the server. A table from
 * 48em up; below it, a card per region that reads without scrolling sideways.
 */
export function RankingTable({ indicator, period, previousPeriod, rows, onShowHistory }: RankingTableProps) {
  const { t } = useTranslation();
  const partsOf = useRowParts(indicator, previousPeriod);
  const caption = period
    ? t('indicatorViews.ranking.caption', { indicator: indicator.name, period })
    : t('indicatorViews.ranking.captionNoPeriod', { indicator: indicator.name });
  const changeHeading = previousPeriod
    ? t('indicatorViews.ranking.changeSince', { period: previousPeriod })
    : t('indicatorViews.ranking.change');
  const history = (row: IndicatorRankingRow) =>
    onShowHistory && row.value ? (
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => onShowHistory(row)}
        aria-label={t('indicatorViews.ranking.historyOf', { region: row.region.name })}
      >
        {t('indicatorViews.ranking.history')}
      </Button>
    ) : null;

  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('indicatorViews.ranking.rank')}</Table.Th>
                <Table.Th>{t('indicatorViews.ranking.region')}</Table.Th>
                <Table.Th>{t('indicatorViews.ranking.value')}</Table.Th>
                <Table.Th ta="right">{t('indicatorViews.ranking.target')}</Table.Th>
                <Table.Th>{t('indicatorViews.ranking.meets')}</Table.Th>
                <Table.Th>{changeHeading}</Table.Th>
                <Table.Th>{t('indicatorViews.ranking.openWork')}</Table.Th>
                {onShowHistory && (
                  <Table.Th>
                    <VisuallyHidden>{t('indicatorViews.ranking.history')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const parts = partsOf(row);
                return (
                  <Table.Tr key={row.region.code}>
                    <Table.Td ta="right">{parts.rank}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {parts.region}
                    </Table.Th>
                    <Table.Td>{parts.value}</Table.Td>
                    <Table.Td ta="right">{parts.target}</Table.Td>
                    <Table.Td>{parts.meets}</Table.Td>
                    <Table.Td>{parts.change}</Table.Td>
                    <Table.Td>{parts.work}</Table.Td>
                    {onShowHistory && <Table.Td>{history(row)}</Table.Td>}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack component="ol" gap="xs" className="tindak-plain-list" hiddenFrom="sm" aria-label={caption}>
        {rows.map((row) => {
          const parts = partsOf(row);
          return (
            <Paper component="li" key={row.region.code} withBorder p="sm">
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Text span size="sm" c="dimmed">
                    <span aria-hidden="true">{row.rank === null ? '–' : `#${row.rank}`}</span>
                    <VisuallyHidden>
                      {row.rank === null
                        ? t('indicatorViews.ranking.noRank')
                        : t('indicatorViews.ranking.rankValue', { rank: row.rank })}
                    </VisuallyHidden>
                  </Text>
                  <Text fw={600} className="tindak-wrap">
                    {parts.region}
                  </Text>
                </Group>
                {parts.value}
                <CardLine label={t('indicatorViews.ranking.target')}>{parts.target}</CardLine>
                <CardLine label={t('indicatorViews.ranking.meets')}>{parts.meets}</CardLine>
                <CardLine label={changeHeading}>{parts.change}</CardLine>
                <CardLine label={t('indicatorViews.ranking.openWork')}>{parts.work}</CardLine>
                {history(row)}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </>
  );
}

function CardLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>
      {children}
    </Group>
  );
}
