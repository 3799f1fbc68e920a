import type { Database } from '@tindak/db';
import type { Band, IndicatorLink } from '@tindak/shared';

/**
 * An indicator as an action item or commitment names it (issue 18): enough to check the link
 * (its home region, whether it is still kept) and to show it ("SPBE — Kabupaten Kerinci").
 * Indicator values and targets are read by the indicator services, not here.
 */

/** What a link needs to know of its indicator; undefined when there is none with that id. */
export function findIndicatorForLink(db: Database, id: string) {
  return db
    .selectFrom('indicators')
    .select(['id', 'regionCode', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findRegionForLink(db: Database, code: string) {
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'kind'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The link as a record page shows it, with the indicator's home to check that the reader sees it. */
export async function findIndicatorLink(
  db: Database,
  indicatorId: string,
  regionCode: string | null,
): Promise<{ link: IndicatorLink; home: string | null } | undefined> {
  const indicator = await db
    .selectFrom('indicators')
    .select(['id', 'name', 'unit', 'periodKind', 'bands', 'regionCode'])
    .where('id', '=', indicatorId)
    .executeTakeFirst();
  if (!indicator) return undefined;
  const region = regionCode ? await findRegionForLink(db, regionCode) : undefined;
  return {
    link: {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      periodKind: indicator.periodKind,
      // Checked against the band schema when the indicator was defined.
      bands: indicator.bands as Band[],
      region: region ?? null,
    },
    home: indicator.regionCode,
  };
}
