import { Anchor, Table, Text, Title } from '@mantine/core';
import {
  NATIONAL_RECENT_DAYS,
  type NationalCounts,
  type NationalProvince,
  pathTo,
  type RegionNational,
  statusLabel,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { CountedAt } from './counted-at';
import { type ColumnKeys, sortRows, useColumnSort } from './sortable-columns';

const keptStatuses = ['open', 'in_progress', 'fulfilled', 'not_fulfilled'] as const;

const counts = (read: (c: NationalCounts) => number) => (p: NationalProvince) => read(p.counts);

const columns = {
  province: (p: NationalProvince) => p.code,
  recentMeetings: counts((c) => c.recentMeetings),
  meetings: counts((c) => c.meetings),
  proposalsAwaiting: counts((c) => c.proposalsAwaiting),
  commitments: counts((c) => c.commitments.total),
  open: counts((c) => c.commitments.byStatus.open),
  in_progress: counts((c) => c.commitments.byStatus.in_progress),
  fulfilled: counts((c) => c.commitments.byStatus.fulfilled),
  not_fulfilled: counts((c) => c.commitments.byStatus.not_fulfilled),
  commitmentsOverdue: counts((c) => c.commitments.overdue),
  itemsDone: counts((c) => c.actionItems.done),
  itemsOpen: counts((c) => c.actionItems.open),
  itemsOverdue: counts((c) => c.actionItems.overdue),
  // Nothing to complete sorts below 0%: it is no achievement.
  completion: counts((c) => c.actionItems.completionPercent ?? -1),
} satisfies ColumnKeys<NationalProvince, string>;
type Column = keyof typeof columns;

/** The column groups of the first heading row, and the columns under each. */
const groups = [
  ['meetings', ['recentMeetings', 'meetings']],
  ['proposals', ['proposalsAwaiting']],
  ['commitments', ['commitments', ...keptStatuses, 'commitmentsOverdue']],
  ['actionItems', ['itemsDone', 'itemsOpen', 'itemsOverdue', 'completion']],
] as const satisfies readonly (readonly [string, readonly Column[]])[];

const groupOf = (column: Column) =>
  groups.find(([, members]) => (members as readonly Column[]).includes(column));

/** One province's (or the country's) figures, in the columns' order. */
function Cells({ counts: c }: { counts: NationalCounts }) {
  const late = (n: number) => (n > 0 ? 'red.8' : undefined);
  return (
    <>
      <Table.Td ta="right">{c.recentMeetings}</Table.Td>
      <Table.Td ta="right">{c.meetings}</Table.Td>
      <Table.Td ta="right">{c.proposalsAwaiting}</Table.Td>
      <Table.Td ta="right">{c.commitments.total}</Table.Td>
      {keptStatuses.map((status) => (
        <Table.Td key={status} ta="right">
          {c.commitments.byStatus[status]}
        </Table.Td>
      ))}
      <Table.Td ta="right" c={late(c.commitments.overdue)}>
        {c.commitments.overdue}
      </Table.Td>
      <Table.Td ta="right">{c.actionItems.done}</Table.Td>
      <Table.Td ta="right">{c.actionItems.open}</Table.Td>
      <Table.Td ta="right" c={late(c.actionItems.overdue)}>
        {c.actionItems.overdue}
      </Table.Td>
      <Table.Td ta="right" fw={600}>
        {c.actionItems.completionPercent === null ? '–' : `${c.actionItems.completionPercent}%`}
      </Table.Td>
    </>
  );
}

/**
 * Every province side by side, with the country's totals below; each column heading is a sort
 * button. On a phone the table scrolls within its own frame, the province names staying in view.
 */
export function NationalComparison({ national }: { national: RegionNational }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labelOf = (column: Column): string =>
    keptStatuses.includes(column as (typeof keptStatuses)[number])
      ? statusLabel(column as (typeof keptStatuses)[number], lang)
      : t(`regions.national.columns.${column as Exclude<Column, (typeof keptStatuses)[number]>}`, {
          days: NATIONAL_RECENT_DAYS,
        });
  const spokenLabelOf = (column: Column) => {
    const group = groupOf(column);
    return group ? `${t(`regions.national.groups.${group[0]}`)}: ${labelOf(column)}` : labelOf(column);
  };
  const { sort, heading } = useColumnSort<Column>('province', labelOf, spokenLabelOf);
  const rows = sortRows(national.provinces, columns, sort);

  return (
    <section aria-labelledby="national-compare-title">
      <Title order={2} size="h3" id="national-compare-title" mb="xs">
        {t('regions.national.title')}
      </Title>
      <CountedAt countedAt={national.countedAt} />
      <Table.ScrollContainer minWidth={1100} className="tindak-national-scroll">
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" className="tindak-sticky-first">
          <Table.Caption>{t('regions.national.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Td />
              {groups.map(([group, members]) => (
                <Table.Th key={group} scope="colgroup" colSpan={members.length} ta="center">
                  {t(`regions.national.groups.${group}`)}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {heading('province', false)}
              {groups.flatMap(([, members]) => members.map((column) => heading(column)))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((province) => (
              <Table.Tr key={province.code}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={pathTo('region', { code: province.code })} size="sm">
                    {province.name}
                  </Anchor>
                </Table.Th>
                <Cells counts={province.counts} />
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">
                <Text span size="sm" fw={700}>
                  {t('regions.national.totals')}
                </Text>
              </Table.Th>
              <Cells counts={national.totals} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
