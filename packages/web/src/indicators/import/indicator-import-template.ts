import type { Indicator, IndicatorPeriodKind } from '@tindak/shared';

/** A period of each kind for the template's example rows. */
const examplePeriod: Record<IndicatorPeriodKind, string> = {
  year: '2025',
  quarter: '2025-Q1',
  month: '2025-01',
};

/**
 * The template a person fills in: the header row the import reads (`;`-separated, as Indonesian
 * Excel writes it, so "3,45" needs no quotes) and example rows: a number, and where the indicator
 * has bands, a row with only a predicate (one of its own band names).
 */
export function templateHref(indicator: Pick<Indicator, 'periodKind' | 'bands'>): string {
  const period = examplePeriod[indicator.periodKind];
  const band = indicator.bands[0]?.label;
  const lines = [
    'kode_wilayah;wilayah;periode;nilai;predikat',
    `15.01;Kabupaten Kerinci;${period};3,45;`,
    ...(band ? [`15.71;Kota Jambi;${period};;${band}`] : []),
  ];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join('\r\n')}\r\n`)}`;
}

export const templateFileName = 'templat-nilai-indikator.csv';
