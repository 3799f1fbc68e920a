import { Skeleton, Stack, Table } from '@mantine/core';
import { formatCalendarDate, type Language, type TrendWeek } from '@tindak/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withAllStyles } from '../all-mantine-styles';
import { useLanguage } from '../i18n/use-language';
import { HomeSection } from './home-sections';

// The charts library is big; it comes in its own file once a section that draws is shown.
const TrendLines = lazy(() =>
  withAllStyles(() => import('./charts')).then((m) => ({ default: m.TrendLines })),
);

/** "2 Mar" / "2 Mar": a week's Monday, short enough for twelve ticks on a phone. */
function shortDay(date: string, lang: Language) {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** For heads: done, not done and overdue at the end of each of the last 12 weeks. */
export function TrendSection({ trend, today }: { trend: TrendWeek[]; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = trend.map((w) => ({
    week: shortDay(w.weekStart, lang),
    done: w.done,
    open: w.open,
    overdue: w.overdue,
  }));
  const isThisWeek = (w: TrendWeek) => w.asOf === today;

  return (
    <HomeSection title={t('home.trend.title')} intro={t('home.trend.intro')}>
      <Stack gap="md">
        {/* One labelled picture to assistive technology (the table says it in full); inert inside so
            the chart's SVG layers are no keyboard stops. */}
        <div role="img" aria-label={t('home.trend.chart')}>
          <div inert>
            <Suspense fallback={<Skeleton h={260} />}>
              <TrendLines
                height={260}
                data={data}
                series={[
                  { name: 'done', label: t('home.completion.done'), color: 'teal.6' },
                  { name: 'open', label: t('home.completion.open'), color: 'blue.6' },
                  { name: 'overdue', label: t('home.completion.overdue'), color: 'red.6' },
                ]}
              />
            </Suspense>
          </div>
        </div>
        <Table.ScrollContainer minWidth={420}>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('home.trend.table')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('home.trend.week')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('home.completion.done')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('home.completion.open')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('home.completion.overdue')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((w) => (
                <Table.Tr key={w.week}>
                  <Table.Th scope="row" fw={500}>
                    {t('home.trend.weekRange', {
                      from: formatCalendarDate(w.weekStart, lang),
                      to: formatCalendarDate(w.asOf, lang),
                    })}
                    {isThisWeek(w) ? ` (${t('home.trend.thisWeek')})` : ''}
                  </Table.Th>
                  <Table.Td ta="right">{w.done}</Table.Td>
                  <Table.Td ta="right">{w.open}</Table.Td>
                  <Table.Td ta="right" c={w.overdue > 0 ? 'red.8' : undefined}>
                    {w.overdue}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </HomeSection>
  );
}
