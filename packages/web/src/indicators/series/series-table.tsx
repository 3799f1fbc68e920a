import { Anchor, Table, Text } from '@mantine/core';
import { type Indicator, type IndicatorSeriesPoint, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BandBadge } from '../band-badge';
import { useFormatValue } from '../format-value';
import { Dash, MeetsTargetMark } from '../ranking/ranking-marks';

type Source = NonNullable<IndicatorSeriesPoint['source']>;

/** Where a value came from: the meeting or the follow-up whose evidence gave it, or the note. */
function SourceCell({ source }: { source: Source | null }) {
  const { t } = useTranslation();
  if (!source) return <Dash label={t('indicatorViews.ranking.noValue')} />;
  const kind = t(`indicatorViews.sourceKind.${source.kind}`);
  const link = source.meeting
    ? { to: pathTo('meeting', { id: source.meeting.id }), title: source.meeting.title }
    : source.actionItem
      ? { to: pathTo('actionItem', { id: source.actionItem.id }), title: source.actionItem.title }
      : null;
  return (
    <Text span size="sm" className="tindak-wrap">
      {kind}
      {link ? (
        <>
          {': '}
          <Anchor component={Link} to={link.to} size="sm">
            {link.title}
          </Anchor>
        </>
      ) : source.note ? (
        `: ${source.note}`
      ) : null}
    </Text>
  );
}

/** One indicator's periods in one region: what the chart draws and the table lists. */
export interface SeriesProps {
  indicator: Indicator;
  regionName: string;
  points: IndicatorSeriesPoint[];
}

/** The chart's numbers, for screen readers and for anyone who wants them exact. */
export function SeriesTable({ indicator, regionName, points }: SeriesProps) {
  const { t } = useTranslation();
  const formatValue = useFormatValue();
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>
          {t('indicatorViews.series.caption', { indicator: indicator.name, region: regionName })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicatorViews.series.period')}</Table.Th>
            <Table.Th ta="right">{t('indicatorViews.ranking.value')}</Table.Th>
            <Table.Th>{t('indicatorViews.series.predicate')}</Table.Th>
            <Table.Th ta="right">{t('indicatorViews.ranking.target')}</Table.Th>
            <Table.Th>{t('indicatorViews.ranking.meets')}</Table.Th>
            <Table.Th>{t('indicatorViews.series.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.period}>
              <Table.Th scope="row" fw={500}>
                {point.period}
              </Table.Th>
              <Table.Td ta="right">
                {point.value === null ? (
                  <Dash label={t('indicatorViews.ranking.noValue')} />
                ) : (
                  formatValue(point.value, indicator.unit)
                )}
              </Table.Td>
              <Table.Td>
                {point.band || point.predicate ? (
                  <BandBadge band={point.band} label={point.predicate} />
                ) : (
                  <Dash label={t('indicatorViews.ranking.noValue')} />
                )}
              </Table.Td>
              <Table.Td ta="right">
                {point.target === null ? (
                  <Dash label={t('indicatorViews.ranking.noTarget')} />
                ) : (
                  formatValue(point.target, indicator.unit)
                )}
              </Table.Td>
              <Table.Td>
                <MeetsTargetMark meets={point.meetsTarget} />
              </Table.Td>
              <Table.Td>
                <SourceCell source={point.source} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
