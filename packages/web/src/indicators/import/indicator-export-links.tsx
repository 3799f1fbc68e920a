import { ExportLinks } from '../../exports/export-links';

/**
 * "Unduh Excel" and "Unduh CSV" for one indicator's values in the user's scope: the period and the
 * region shown now narrow it as they narrow the page.
 */
export function IndicatorExportLinks({
  indicatorId,
  period,
  parentRegionCode,
}: {
  indicatorId: string;
  period?: string | null;
  parentRegionCode?: string | null;
}) {
  return <ExportLinks kind="indikator" filters={{ indicatorId, period, parentRegionCode }} />;
}
