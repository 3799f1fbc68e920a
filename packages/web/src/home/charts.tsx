import { BarChart, LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

/**
 * The only file that needs @mantine/charts (and recharts under it): loaded lazily by the two
 * sections that draw, so people whose Beranda has no charts never download them. The sections
 * keep the labels, the tables and the accessible wrapper; this file only paints.
 */

export interface ChartSeries {
  name: string;
  label: string;
  color: string;
}

interface CompletionBarsProps {
  data: Record<string, string | number>[];
  height: number;
  series: ChartSeries[];
}

/** Done, not-yet-due and overdue stacked per row, horizontally so long names stay readable. */
export function CompletionBars({ data, height, series }: CompletionBarsProps) {
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="name"
      type="stacked"
      orientation="vertical"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      yAxisProps={{ width: 120, interval: 0 }}
      xAxisProps={{ allowDecimals: false }}
      gridAxis="x"
      withTooltip={false}
      barChartProps={{ accessibilityLayer: false }}
      series={series}
    />
  );
}

interface TrendLinesProps {
  data: Record<string, string | number>[];
  height: number;
  series: ChartSeries[];
}

/** One line per state over the weeks. */
export function TrendLines({ data, height, series }: TrendLinesProps) {
  return (
    <LineChart
      h={height}
      data={data}
      dataKey="week"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      curveType="linear"
      withTooltip={false}
      lineChartProps={{ accessibilityLayer: false }}
      xAxisProps={{ interval: 'preserveStartEnd' }}
      yAxisProps={{ allowDecimals: false }}
      series={series}
    />
  );
}
