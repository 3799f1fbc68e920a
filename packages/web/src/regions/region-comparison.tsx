import { Anchor, Table, Text, Title } from '@mantine/core';
import type { RegionOverview } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionHealthBadge } from './region-health';
import { type ColumnKeys, sortRows, useColumnSort } from './sortable-columns';

type Child = RegionOverview['children'][number];

const columns = {
  region: (c: Child) => c.code,
  meetings: (c: Child) => c.counts.meetings,
  proposals: (c: Child) => c.counts.proposals,
  commitments: (c: Child) => c.counts.commitments.total,
  commitmentsOverdue: (c: Child) => c.counts.commitments.overdue,
  open: (c: Child) => c.counts.actionItems.open,
  overdue: (c: Child) => c.counts.actionItems.overdue,
  atRisk: (c: Child) => c.counts.actionItems.atRisk,
  // Nothing to complete sorts below 0%: it is no achievement.
  completion: (c: Child) => c.counts.actionItems.completionPercent ?? -1,
} satisfies ColumnKeys<Child, string>;

/** A province's regencies and cities side by side; each column heading is a sort button. */
export function RegionComparison({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  const { sort, heading } = useColumnSort<keyof typeof columns>('region', (column) =>
    t(`regions.compare.${column}`),
  );
  const rows = sortRows(overview.children, columns, sort);

  return (
    <section aria-labelledby="region-compare-title">
      <Title order={2} size="h3" id="region-compare-title" mb="xs">
        {t('regions.compare.title')}
      </Title>
      {overview.children.length === 0 ? (
        <Text c="dimmed">{t('regions.compare.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('regions.compare.caption', { name: overview.region.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {heading('region', false)}
                {heading('meetings')}
                {heading('proposals')}
                {heading('commitments')}
                {heading('commitmentsOverdue')}
                {heading('open')}
                {heading('overdue')}
                {heading('atRisk')}
                {heading('completion')}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((child) => {
                const c = child.counts;
                return (
                  <Table.Tr key={child.code}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={pathTo('region', { code: child.code })} size="sm">
                        {child.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td ta="right">{c.meetings}</Table.Td>
                    <Table.Td ta="right">{c.proposals}</Table.Td>
                    <Table.Td ta="right">{c.commitments.total}</Table.Td>
                    <Table.Td ta="right" c={c.commitments.overdue > 0 ? 'red.8' : undefined}>
                      {c.commitments.overdue}
                    </Table.Td>
                    <Table.Td ta="right">{c.actionItems.open}</Table.Td>
                    <Table.Td ta="right" c={c.actionItems.overdue > 0 ? 'red.8' : undefined}>
                      {c.actionItems.overdue}
                    </Table.Td>
                    <Table.Td ta="right" c={c.actionItems.atRisk > 0 ? 'yellow.9' : undefined}>
                      {c.actionItems.atRisk}
                    </Table.Td>
                    <Table.Td ta="right">
                      {c.actionItems.completionPercent === null ? (
                        <RegionHealthBadge items={c.actionItems} />
                      ) : (
                        `${c.actionItems.completionPercent}%`
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
