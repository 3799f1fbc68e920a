import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { can, formatCalendarDate } from '@tindak/shared';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { LastUpdated } from '../offline/last-updated';
import { useCurrentUser } from '../session/use-current-user';
import { AdminChecklist } from './admin-checklist';
import { DirectiveSection } from './directive-section';
import './home.css';
import { homeQueryOptions } from './home-query';
import { MeetingsSection, MyItemsSection, WaitingSection } from './home-sections';
import { IndicatorSection } from './indicator-section';

/**
 * Beranda: what is the signed-in person's to do now (own items due soon or overdue, decisions
 * waiting for a head), what meetings are coming, and for heads and viewers how their region is
 * doing (for an office without a region, the provinces side by side). A viewer has nothing to do,
 * so their region's picture comes first.
 */
const loadRegionPicture = () => import('./region-picture');
const RegionPicture = lazy(() => loadRegionPicture().then((m) => ({ default: m.RegionPicture })));

export function HomePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const user = useCurrentUser();
  const trpc = useTRPC();
  useDocumentTitle(`${t('home.title')} · ${t('app.name')}`);
  const query = useQuery(homeQueryOptions(trpc));
  // Those who see their region's picture fetch its file beside Beranda's data, not after it.
  const seesPicture = can(user.role, 'completion.read');
  useEffect(() => {
    if (seesPicture) void loadRegionPicture();
  }, [seesPicture]);

  const header = (
    <Stack gap={2}>
      <Title order={1} className="tindak-page-title">
        {t('home.title')}
      </Title>
      <Text c="dimmed" className="tindak-wrap">
        {t('home.greeting', { name: user.displayName })}
        {query.data ? ` · ${t('home.today', { date: formatCalendarDate(query.data.today, lang) })}` : ''}
      </Text>
      <LastUpdated updatedAt={query.dataUpdatedAt} />
    </Stack>
  );

  if (query.isPending) {
    return (
      <Stack gap="lg">
        {header}
        <PageSkeleton />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Stack gap="lg">
        {header}
        <LoadError
          title={t('home.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      </Stack>
    );
  }

  const home = query.data;
  const works = can(user.role, 'actionItem.work');
  // An office without a region reads the whole country: provinces, not every regency's row.
  const national = user.organization.regionCode === null;
  // Those who oversee (and the secretariat, who records the values) see what misses its target.
  const oversees = can(user.role, 'completion.read') || user.role === 'secretariat';
  const picture = home.completion && (
    <Suspense fallback={<Skeleton height={240} />}>
      <RegionPicture completion={home.completion} today={home.today} national={national} readOnly={!works} />
    </Suspense>
  );
  return (
    <Stack gap="xl">
      {header}
      {can(user.role, 'users.manage') && <AdminChecklist />}
      {!works && picture}
      <div className="tindak-home-grid">
        {works && <MyItemsSection list={home.myItems} today={home.today} />}
        {can(user.role, 'actionItem.decide') && <WaitingSection list={home.waitingForMe} />}
        <MeetingsSection list={home.upcomingMeetings} />
        {home.directives && <DirectiveSection directives={home.directives} />}
      </div>
      {oversees && <IndicatorSection />}
      {works && picture}
    </Stack>
  );
}
