/**
 * The risk trend under the heat map: open risks by current level (residual
 * once assessed) for the last twelve months, as a chart and as a table. The
 * month under way is as it stands now; earlier months are the figures the
 * daily job recorded on their last day.
 */
import { Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { riskTrendQuery } from './risk-queries.js';
import type { RiskTrend } from './risk-queries.js';
import { monthLabel } from './risk-trend-rows.js';

const RiskTrendChart = lazy(() => import('./risk-trend-chart.js'));

const TrendTable = ({ trend }: { trend: RiskTrend }) => (
  <Table.ScrollContainer minWidth={520}>
    <Table striped fz="sm" captionSide="top">
      <Table.Caption className="visually-hidden">Open risks by level, per month</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Month</Table.Th>
          {trend.levels.map((level) => (
            <Table.Th scope="col" key={level.key} ta="right">
              {level.label}
            </Table.Th>
          ))}
          <Table.Th scope="col" ta="right">
            Not scored
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Open
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...trend.months].reverse().map(({ month, figures }) => (
          <Table.Tr key={month}>
            <Table.Th scope="row" fw={500}>
              {monthLabel(month)}
              {month === trend.currentMonth ? ' (so far)' : ''}
            </Table.Th>
            {figures === null ? (
              <Table.Td colSpan={trend.levels.length + 2} c="dimmed">
                Not recorded
              </Table.Td>
            ) : (
              <>
                {trend.levels.map((level) => (
                  <Table.Td key={level.key} ta="right">
                    {figures.levels.find((counted) => counted.key === level.key)?.count ?? 0}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{figures.unscored}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {figures.open}
                </Table.Td>
              </>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);

export const RiskTrendPanel = ({ orgId }: { orgId: string }) => {
  const trend = useQuery(riskTrendQuery(orgId));
  const headingId = useId();
  if (trend.isError) return <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  if (!trend.data) return <Skeleton height={300} radius="md" />;
  const recorded = trend.data.months.filter((entry) => entry.figures !== null).length;
  return (
    <Paper component="section" p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="lg" id={headingId}>
            Risk trend
          </Title>
          <Text size="sm" c="dimmed">
            Open risks by current level (residual once assessed), month by month
          </Text>
        </Group>
        {recorded <= 1 && (
          <Text size="sm" c="dimmed">
            Earlier months appear as the daily job records each month’s figures.
          </Text>
        )}
        <Suspense fallback={<Skeleton height={240} />}>
          <RiskTrendChart trend={trend.data} />
        </Suspense>
        <TrendTable trend={trend.data} />
      </Stack>
    </Paper>
  );
};
