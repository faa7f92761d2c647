/**
 * Open risks by level, month by month, as stacked bars in the colours of the
 * risk levels. Loaded on demand (the chart library is large); the table of
 * the panel carries the same figures for screen readers.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { RiskTrend } from './risk-queries.js';
import { monthLabel, trendRows, UNSCORED_SERIES } from './risk-trend-rows.js';

const RiskTrendChart = ({ trend }: { trend: RiskTrend }) => (
  <BarChart
    h={240}
    data={trendRows(trend)}
    dataKey="month"
    type="stacked"
    withLegend
    legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
    series={[
      ...trend.levels.map((level) => ({
        name: level.key,
        label: level.label,
        color: level.colour,
      })),
      { name: UNSCORED_SERIES, label: 'Not scored', color: 'gray.4' },
    ]}
    xAxisProps={{ tickFormatter: monthLabel }}
    yAxisProps={{ allowDecimals: false, width: 36 }}
    tooltipProps={{
      labelFormatter: (month) => (typeof month === 'string' ? monthLabel(month) : month),
    }}
    gridAxis="y"
  />
);

export default RiskTrendChart;
