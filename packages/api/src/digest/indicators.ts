import type { Database } from '@tindak/db';
import { bandNamed, bandOf } from '@tindak/shared';
import type { DigestIndicators, DigestIndicatorValue } from '../mail/content';
import type { AppLinks } from '../mail/links';
import {
  type IndicatorDigestQuery,
  type IndicatorDigestRow,
  listOffTargetIndicatorValues,
  listRecordedIndicatorValues,
} from '../repositories/digest-indicators.repo';

/**
 * The digest's indicator section for one scope region and time zone (issue 18): what was recorded
 * last week and what is now off target. It depends on nothing else about the reader, so it is one
 * of the scope sections the worker reads and renders once per region (./shared.ts).
 */
export async function composeIndicatorSection(
  db: Database,
  query: IndicatorDigestQuery,
  links: AppLinks,
): Promise<DigestIndicators> {
  const recorded = await listRecordedIndicatorValues(db, query);
  const offTarget = await listOffTargetIndicatorValues(db, query.scopeRegion);
  const toValue = (row: IndicatorDigestRow): DigestIndicatorValue => ({
    indicatorName: row.indicatorName,
    unit: row.unit,
    regionName: row.regionName,
    period: row.period,
    value: row.value,
    predicate: row.predicate,
    // The band a number falls in says more than the number alone ("2,45 (Cukup)").
    bandLabel: (bandOf(row.bands, row.value) ?? bandNamed(row.bands, row.predicate))?.label ?? null,
    previousValue: row.previousValue,
    previousPredicate: row.previousPredicate,
    target: row.target,
    url: links.region(row.regionCode),
  });
  // The indicators page lists every indicator with how it stands in scope: the "see all" of both.
  const all = links.list('indicators', {});
  return {
    recorded: recorded.rows.map(toValue),
    offTarget: offTarget.rows.map(toValue),
    more: {
      recorded: { total: recorded.total, url: all },
      offTarget: { total: offTarget.total, url: all },
    },
  };
}
