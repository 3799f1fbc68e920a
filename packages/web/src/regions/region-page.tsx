import './regions.css';
import { Anchor, Breadcrumbs, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { pathTo, type RegionOverview, regionCodeSchema } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { RegionIndicators } from '../indicators/series/region-indicators';
import { RecordPage } from '../kit/record-page';
import { NotFoundPage } from '../layout/not-found-page';
import { RegionComparison } from './region-comparison';
import { RegionHealthSummary } from './region-health';
import { RecentActionItems, RecentCommitments, RecentMeetings, RecentProposals } from './region-recent';

/** `/wilayah/:code`: a region's records with their health; for a province, its regencies compared. */
export function RegionPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(code) => trpc.regions.overview.queryOptions({ code })}
      param="code"
      // A malformed code and one outside the caller's scope read the same: "not here".
      isKey={(code) => regionCodeSchema.safeParse(code).success}
      notFound={<RegionNotFound />}
      loadErrorTitle={t('regions.loadError')}
      frame={(content) => <RegionLoading>{content}</RegionLoading>}
    >
      {(overview) => <RegionView overview={overview} />}
    </RecordPage>
  );
}

/** Until the region is here, the tab says which part of Tindak this is. */
function RegionLoading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('regions.listTitle')} · ${t('app.name')}`);
  return children;
}

function RegionNotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundPage
      title={t('regions.notFound')}
      body={t('regions.notFoundHint')}
      backTo={pathTo('regions')}
      backLabel={t('regions.backToList')}
    />
  );
}

function Stat({ label, value, detail }: { label: string; value: number; detail?: string | null }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
}

function RegionView({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  const { region, counts } = overview;
  useDocumentTitle(`${region.name} · ${t('app.name')}`);
  const isProvince = region.kind === 'province';
  const commitmentDetail = [
    counts.commitments.byStatus.fulfilled > 0
      ? t('regions.commitmentsKept', { count: counts.commitments.byStatus.fulfilled })
      : null,
    counts.commitments.overdue > 0
      ? t('regions.commitmentsOverdue', { count: counts.commitments.overdue })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('regions.breadcrumb')} separator="›">
        <Anchor component={Link} to={pathTo('regions')} size="sm">
          {t('regions.listTitle')}
        </Anchor>
        {region.parent && (
          <Anchor component={Link} to={pathTo('region', { code: region.parent.code })} size="sm">
            {region.parent.name}
          </Anchor>
        )}
        <Text size="sm" aria-current="page">
          {region.name}
        </Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1} className="tindak-page-title">
          {region.name}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`regions.kind.${region.kind}`)} · {region.code}
        </Text>
      </Stack>

      <section aria-label={t('regions.stats')}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Stat label={t('regions.meetings')} value={counts.meetings} />
          <Stat label={t('regions.proposals')} value={counts.proposals} />
          <Stat label={t('regions.commitments')} value={counts.commitments.total} detail={commitmentDetail} />
          <Card withBorder padding="sm">
            <Text size="sm" c="dimmed" mb={4}>
              {t('regions.actionItems')}
            </Text>
            <RegionHealthSummary counts={counts} />
          </Card>
        </SimpleGrid>
      </section>

      {isProvince && <RegionComparison overview={overview} />}

      <RegionIndicators region={region} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <RecentActionItems code={region.code} />
        <RecentCommitments code={region.code} />
        <RecentMeetings code={region.code} />
        <RecentProposals code={region.code} />
      </SimpleGrid>
    </Stack>
  );
}
