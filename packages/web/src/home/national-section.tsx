import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { NATIONAL_RECENT_DAYS, type NationalProvince, pathTo, type RegionNational } from '@tindak/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { CountedAt } from '../regions/counted-at';
import { CompletionChart, type CompletionRow } from './completion-section';
import { HomeSection } from './home-sections';

/** How many provinces each "needs attention" list names. */
const ATTENTION = 5;

/** Ties keep code order, so the lists read the same on every visit. */
const byCode = (a: NationalProvince, b: NationalProvince) => a.code.localeCompare(b.code);

/** The provinces with the most overdue follow-ups, and those with the lowest completion. */
export function provincesNeedingAttention(provinces: readonly NationalProvince[]) {
  const items = (p: NationalProvince) => p.counts.actionItems;
  const mostOverdue = provinces
    .filter((p) => items(p).overdue > 0)
    .sort((a, b) => items(b).overdue - items(a).overdue || byCode(a, b))
    .slice(0, ATTENTION);
  const lowestCompletion = provinces
    .filter((p) => items(p).completionPercent !== null)
    .sort(
      (a, b) =>
        (items(a).completionPercent ?? 0) - (items(b).completionPercent ?? 0) ||
        items(b).overdue - items(a).overdue ||
        byCode(a, b),
    )
    .slice(0, ATTENTION);
  return { mostOverdue, lowestCompletion };
}

function Figure({ label, value, late = false }: { label: string; value: string | number; late?: boolean }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <Text span className="tindak-home-figure" c={late ? 'red.8' : undefined}>
          {value}
        </Text>
      </dd>
    </div>
  );
}

function ProvinceList({
  title,
  empty,
  provinces,
  value,
}: {
  title: string;
  empty: string;
  provinces: NationalProvince[];
  value: (p: NationalProvince) => string;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb={4}>
        {title}
      </Title>
      {provinces.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ol className="tindak-home-ranking" aria-labelledby={headingId}>
          {provinces.map((p) => (
            <li key={p.code} className="tindak-home-ranking-row">
              <Anchor component={Link} to={pathTo('region', { code: p.code })} className="tindak-touch-link">
                {p.name}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {value(p)}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NationalPicture({ national }: { national: RegionNational }) {
  const { t } = useTranslation();
  const { totals } = national;
  const { mostOverdue, lowestCompletion } = provincesNeedingAttention(national.provinces);
  const chartRows: CompletionRow[] = [
    ...new Map([...mostOverdue, ...lowestCompletion].map((p) => [p.code, p])),
  ]
    .map(([, p]) => p)
    .sort(byCode)
    .map((p) => ({
      key: p.code,
      name: p.name,
      done: p.counts.actionItems.done,
      open: p.counts.actionItems.open,
      overdue: p.counts.actionItems.overdue,
      percent: p.counts.actionItems.completionPercent ?? 0,
    }));
  const completion = totals.actionItems.completionPercent;
  return (
    <Stack gap="md">
      <CountedAt countedAt={national.countedAt} />
      <dl className="tindak-home-figures">
        <Figure
          label={t('home.national.recentMeetings', { days: NATIONAL_RECENT_DAYS })}
          value={totals.recentMeetings}
        />
        <Figure label={t('home.national.proposalsAwaiting')} value={totals.proposalsAwaiting} />
        <Figure
          label={t('home.national.commitmentsOverdue')}
          value={totals.commitments.overdue}
          late={totals.commitments.overdue > 0}
        />
        <Figure
          label={t('home.national.itemsOverdue')}
          value={totals.actionItems.overdue}
          late={totals.actionItems.overdue > 0}
        />
        <Figure
          label={t('home.national.completion')}
          value={completion === null ? '–' : t('home.completion.percentValue', { value: completion })}
        />
      </dl>
      <Title order={3} size="h4">
        {t('home.national.attention')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ProvinceList
          title={t('home.national.mostOverdue')}
          empty={t('home.national.noneOverdue')}
          provinces={mostOverdue}
          value={(p) => t('home.national.overdueValue', { count: p.counts.actionItems.overdue })}
        />
        <ProvinceList
          title={t('home.national.lowestCompletion')}
          empty={t('home.national.noneCompletion')}
          provinces={lowestCompletion}
          value={(p) =>
            t('home.national.completionValue', { percent: p.counts.actionItems.completionPercent ?? 0 })
          }
        />
      </SimpleGrid>
      {chartRows.length > 0 && <CompletionChart rows={chartRows} label={t('home.national.chart')} />}
    </Stack>
  );
}

/**
 * For an office without a region (a national deployment): the country's totals and the provinces
 * that need attention most, with the way to the full comparison on `/wilayah`.
 */
export function NationalSection({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.regions.national.queryOptions());
  return (
    <HomeSection
      title={t('home.national.title')}
      intro={
        readOnly ? `${t('home.national.intro')} ${t('home.completion.readOnly')}` : t('home.national.intro')
      }
      more={{ to: pathTo('regions'), label: t('home.national.compareAll') }}
    >
      {query.isPending ? (
        <PageSkeleton />
      ) : query.isError ? (
        <LoadError
          title={t('regions.listLoadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : (
        <NationalPicture national={query.data} />
      )}
    </HomeSection>
  );
}
