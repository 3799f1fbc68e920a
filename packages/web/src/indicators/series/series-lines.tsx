import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

/**
 * The only indicator file that needs @mantine/charts (and recharts under it): loaded lazily by the
 * series chart, so pages without an indicator series never download them. It only paints; the
 * labels, the table of the same numbers and the accessible wrapper live in the series files.
 */

export interface SeriesLinesProps {
  data: { period: string; value: number | null; target: number | null }[];
  height: number;
  valueLabel: string;
  targetLabel: string;
  /** The indicator's scale, so a 2,6 on a 0–5 index does not look like the top. */
  domain: [number | 'auto', number | 'auto'];
  format: (value: number) => string;
}

/** The value per period as a solid line, the target as a dashed one. */
export function SeriesLines({ data, height, valueLabel, targetLabel, domain, format }: SeriesLinesProps) {
  return (
    <LineChart
      h={height}
      data={data}
      dataKey="period"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      curveType="linear"
      connectNulls
      withTooltip={false}
      lineChartProps={{ accessibilityLayer: false }}
      yAxisProps={{ domain }}
      valueFormatter={format}
      series={[
        { name: 'value', label: valueLabel, color: 'blue.7' },
        { name: 'target', label: targetLabel, color: 'red.7', strokeDasharray: '6 4' },
      ]}
    />
  );
}
