/**
 * The measurements over time as a line, with the target as a reference line.
 * The measurement table beside it carries the same data for screen readers.
 * Loaded on demand (the chart library is large).
 */
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { formatShortCalendarDate } from '../../components/prework-calendar-date.js';
import { formatValue, targetText } from './objective-progress.js';
import type { Objective } from './objective-queries.js';

const tickFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

const ObjectiveChart = ({ objective }: { objective: Objective }) => {
  const points = [...objective.measurements]
    .sort(
      (a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.createdAt.localeCompare(b.createdAt),
    )
    .map((measurement) => ({
      day: formatShortCalendarDate(measurement.measuredOn),
      value: measurement.value,
    }));
  if (objective.targetValue === null) {
    return (
      <Text size="sm" c="dimmed" py="md">
        A qualitative objective: each evaluation is recorded as achieved or not, listed below.
      </Text>
    );
  }
  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="xl" ta="center">
        No measurements yet. Record the first one to see the trend.
      </Text>
    );
  }
  return (
    <figure style={{ margin: 0 }}>
      <LineChart
        h={240}
        data={points}
        dataKey="day"
        series={[{ name: 'value', label: objective.metric, color: 'indigo.6' }]}
        curveType="linear"
        withDots
        dotProps={{ r: 4 }}
        valueFormatter={(value) => formatValue(value, objective)}
        referenceLines={[
          {
            y: objective.targetValue,
            label: `Target ${targetText(objective)}`,
            color: 'red.7',
            ifOverflow: 'extendDomain',
            strokeDasharray: '6 4',
          },
        ]}
        yAxisProps={{ width: 48, tickFormatter: (value: number) => tickFormat.format(value) }}
        {...(objective.unit !== '' ? { yAxisLabel: objective.unit } : {})}
        gridAxis="y"
      />
      <figcaption className="visually-hidden">
        {`${objective.metric} over time: ${points.length} measurements against a target of ${targetText(objective)}. The values are listed in the measurements table.`}
      </figcaption>
    </figure>
  );
};

export default ObjectiveChart;
