/**
 * How an objective reads at a glance: its target ("≥ 95 %"), its latest
 * value, and the API's verdicts (met, not met, no data yet; overdue).
 */
import { Badge, Group } from '@mantine/core';
import type { Objective } from './objective-queries.js';

export const DIRECTION_LABELS: Readonly<Record<Objective['direction'], string>> = {
  at_least: 'Higher is better',
  at_most: 'Lower is better',
};

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 });

export const KIND_LABELS: Readonly<Record<Objective['kind'], string>> = {
  quantitative: 'Quantitative',
  qualitative: 'Qualitative',
};

/** A measured value with its unit; a qualitative evaluation as achieved (1) or not (0). */
export const formatValue = (value: number, objective: Pick<Objective, 'unit' | 'kind'>): string => {
  if (objective.kind === 'qualitative') return value === 1 ? 'Achieved' : 'Not achieved';
  return objective.unit === ''
    ? numberFormat.format(value)
    : `${numberFormat.format(value)} ${objective.unit}`;
};

export const targetText = (
  objective: Pick<Objective, 'direction' | 'targetValue' | 'unit' | 'kind'>,
) =>
  objective.targetValue === null
    ? 'Qualitative'
    : `${objective.direction === 'at_least' ? '≥' : '≤'} ${formatValue(objective.targetValue, objective)}`;

export const ProgressBadge = ({ progress }: { progress: Objective['progress'] }) => {
  if (progress.isTargetMet === null)
    return (
      <Badge color="gray" variant="outline">
        No data
      </Badge>
    );
  return progress.isTargetMet ? (
    <Badge color="teal">Met</Badge>
  ) : (
    <Badge color="orange">Not met</Badge>
  );
};

export const ObjectiveStatus = ({ objective }: { objective: Objective }) => (
  <Group gap={6} wrap="nowrap">
    <ProgressBadge progress={objective.progress} />
    {objective.progress.isOverdue && <Badge color="red">Overdue</Badge>}
  </Group>
);
