import { Skeleton, Stack, Table, Tabs, Text } from '@mantine/core';
import type { DashboardHome } from '@tindak/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withAllStyles } from '../all-mantine-styles';
import { HomeSection } from './home-sections';
import { ScopeSummary } from './scope-summary';

// The charts library is big; it comes in its own file once a section that draws is shown.
const CompletionBars = lazy(() =>
  withAllStyles(() => import('./charts')).then((m) => ({ default: m.CompletionBars })),
);

export interface CompletionRow {
  key: string;
  name: string;
  /** Second line in the table (an office's region). */
  detail?: string | null;
  done: number;
  open: number;
  overdue: number;
  percent: number;
}

/** Long office names would eat a phone's width; the table beside the chart has them in full. */
const shortLabel = (name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name);

/** Done, not-yet-due and overdue stacked per row, horizontally so long names stay readable. */
export function CompletionChart({ rows, label }: { rows: CompletionRow[]; label: string }) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    name: shortLabel(row.name),
    done: row.done,
    onTime: row.open - row.overdue,
    overdue: row.overdue,
  }));
  const height = Math.max(140, rows.length * 38 + 70);
  return (
    // One labelled picture to assistive technology; the table below says it in full.
    <div role="img" aria-label={label}>
      {/* Inert: the chart's SVG layers would otherwise be keyboard stops that say nothing. */}
      <div inert>
        <Suspense fallback={<Skeleton h={height} />}>
          <CompletionBars
            height={height}
            data={data}
            series={[
              { name: 'done', label: t('home.completion.done'), color: 'teal.6' },
              { name: 'onTime', label: t('home.completion.onTime'), color: 'blue.4' },
              { name: 'overdue', label: t('home.completion.overdue'), color: 'red.6' },
            ]}
          />
        </Suspense>
      </div>
    </div>
  );
}

function CompletionTable({
  rows,
  caption,
  nameHeader,
}: {
  rows: CompletionRow[];
  caption: string;
  nameHeader: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('home.completion.done')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('home.completion.open')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('home.completion.overdue')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('home.completion.percent')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.name}
                {row.detail && (
                  <Text size="xs" c="dimmed" component="span" display="block">
                    {row.detail}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="right">{row.done}</Table.Td>
              <Table.Td ta="right">{row.open}</Table.Td>
              <Table.Td ta="right" c={row.overdue > 0 ? 'red.8' : undefined}>
                {row.overdue}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {t('home.completion.percentValue', { value: row.percent })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface CompletionSectionProps {
  completion: NonNullable<DashboardHome['completion']>;
  /** A viewer's picture: said to be theirs to read, the work and decisions being the offices'. */
  readOnly?: boolean;
}

/** For heads and viewers: how far follow-ups are done in each regency/city and office of their scope. */
export function CompletionSection({ completion, readOnly = false }: CompletionSectionProps) {
  const { t } = useTranslation();
  const { byRegion, byOffice, total } = completion;
  const noRegion = t('common.noRegion');
  const regionRows: CompletionRow[] = byRegion.map((r) => ({
    ...r,
    key: r.code ?? '-',
    name: r.name ?? noRegion,
  }));
  const officeRows: CompletionRow[] = byOffice.map((o) => ({
    ...o,
    key: o.id,
    detail: o.regionName ?? noRegion,
  }));

  return (
    <HomeSection
      title={t('home.completion.title')}
      intro={
        readOnly
          ? `${t('home.completion.intro')} ${t('home.completion.readOnly')}`
          : t('home.completion.intro')
      }
    >
      {regionRows.length > 0 && <ScopeSummary total={total} />}
      {regionRows.length === 0 ? (
        <Text fw={600} size="sm">
          {t('home.completion.empty')}
        </Text>
      ) : (
        <Tabs defaultValue="region" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="region">{t('home.completion.byRegion')}</Tabs.Tab>
            <Tabs.Tab value="office">{t('home.completion.byOffice')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="region" pt="md">
            <Stack gap="md">
              <CompletionChart rows={regionRows} label={t('home.completion.regionChart')} />
              <CompletionTable
                rows={regionRows}
                caption={t('home.completion.regionTable')}
                nameHeader={t('home.completion.region')}
              />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="office" pt="md">
            <Stack gap="md">
              <CompletionChart rows={officeRows} label={t('home.completion.officeChart')} />
              <CompletionTable
                rows={officeRows}
                caption={t('home.completion.officeTable')}
                nameHeader={t('home.completion.office')}
              />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </HomeSection>
  );
}
