import { Anchor, Text } from '@mantine/core';
import { type DashboardHome, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemFilters } from '../action-items/list/list-filters';

type Totals = NonNullable<DashboardHome['completion']>['total'];

/** The list of follow-ups filtered to the overdue ones, as the list's own filter writes it. */
function overdueListPath() {
  const params = itemFilters.write(new URLSearchParams(), { overdueOnly: true });
  return `${pathTo('actionItems')}?${params}`;
}

/**
 * The scope in three figures above the tables: how many are overdue, how many fall due within
 * the week, and how much is done. Read as a description list: the label, then its number.
 */
export function ScopeSummary({ total }: { total: Totals }) {
  const { t } = useTranslation();
  return (
    <dl className="tindak-home-figures">
      <div>
        <dt>{t('home.completion.overdue')}</dt>
        <dd>
          <Text span className="tindak-home-figure" c={total.overdue > 0 ? 'red.8' : undefined}>
            {total.overdue}
          </Text>
          {total.overdue > 0 && (
            <Anchor component={Link} to={overdueListPath()} size="sm" className="tindak-touch-link">
              {t('home.completion.overdueList')}
            </Anchor>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('home.completion.dueSoon')}</dt>
        <dd>
          <Text span className="tindak-home-figure">
            {total.dueSoon}
          </Text>
        </dd>
      </div>
      <div>
        <dt>{t('home.completion.percent')}</dt>
        <dd>
          <Text span className="tindak-home-figure">
            {t('home.completion.percentValue', { value: total.percent })}
          </Text>
          <Text span size="sm" c="dimmed">
            {t('home.completion.doneOf', { done: total.done, total: total.done + total.open })}
          </Text>
        </dd>
      </div>
    </dl>
  );
}
