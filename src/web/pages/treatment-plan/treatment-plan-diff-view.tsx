/**
 * What differs between two treatment plans, action by action: the actions
 * added and removed (with the risk each treats), and for each changed action
 * every compared field with its value before and after.
 */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatCalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import {
  ACTION_STATUS_LABELS,
  KIND_LABELS,
  TREATMENT_OPTION_LABELS,
} from '../risks/risk-labels.js';
import { COMPARED_FIELD_LABELS, useLevelOf } from './treatment-plan-labels.js';
import type {
  ChangedPlanEntry,
  ComparedField,
  TreatmentPlanDiff,
  TreatmentPlanEntry,
} from './treatment-plan-queries.js';

const CHANGE_COLORS = { added: 'teal', removed: 'red', changed: 'yellow' } as const;
const CHANGE_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;
type Change = keyof typeof CHANGE_LABELS;

const useValueText = (orgId: string) => {
  const nameOf = useMemberName(orgId);
  const levelOf = useLevelOf(orgId);
  const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
  return (field: ComparedField, entry: TreatmentPlanEntry): string => {
    switch (field) {
      case 'title':
        return entry.title;
      case 'riskId':
      case 'riskStatement':
        return entry.riskStatement;
      case 'riskKind':
        return KIND_LABELS[entry.riskKind];
      case 'treatmentOption':
        return entry.treatmentOption === null
          ? 'none'
          : TREATMENT_OPTION_LABELS[entry.treatmentOption];
      case 'inherentLevel':
      case 'residualLevel': {
        const key = entry[field];
        return key === null ? 'not scored' : (levelOf(key)?.label ?? key);
      }
      case 'annexAControlIds':
      case 'organizationControlIds':
        return list(entry[field]);
      case 'ownerUserId':
        return entry.ownerUserId === null ? 'nobody' : nameOf(entry.ownerUserId);
      case 'dueDate':
        return entry.dueDate === null ? 'none' : formatCalendarDate(entry.dueDate);
      case 'status':
        return ACTION_STATUS_LABELS[entry.status];
    }
  };
};

const Item = ({ change, children }: { change: Change; children: ReactNode }) => (
  <List.Item>
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge
        size="xs"
        variant="light"
        color={CHANGE_COLORS[change]}
        mt={3}
        style={{ flexShrink: 0 }}
      >
        {CHANGE_LABELS[change]}
      </Badge>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Group>
  </List.Item>
);

const ChangedItem = ({ orgId, entry }: { orgId: string; entry: ChangedPlanEntry }) => {
  const valueText = useValueText(orgId);
  // The risk statement and id name the same change when an action moves between risks.
  const fields = entry.fields.filter(
    (field) => !(field === 'riskStatement' && entry.fields.includes('riskId')),
  );
  return (
    <Item change="changed">
      <strong>{entry.after.title}</strong> ({entry.after.riskStatement}):{' '}
      {fields
        .map(
          (field) =>
            `${COMPARED_FIELD_LABELS[field]} ${valueText(field, entry.before)} → ${valueText(field, entry.after)}`,
        )
        .join('; ')}
    </Item>
  );
};

export const PlanDiffList = ({ orgId, diff }: { orgId: string; diff: TreatmentPlanDiff }) => (
  <Stack gap={4}>
    <List size="sm" spacing={6} listStyleType="none" aria-label="Changed treatment actions">
      {diff.added.map((entry) => (
        <Item key={entry.actionId} change="added">
          <strong>{entry.title}</strong> ({entry.riskStatement})
        </Item>
      ))}
      {diff.removed.map((entry) => (
        <Item key={entry.actionId} change="removed">
          <strong>{entry.title}</strong> ({entry.riskStatement})
        </Item>
      ))}
      {diff.changed.map((entry) => (
        <ChangedItem key={entry.actionId} orgId={orgId} entry={entry} />
      ))}
    </List>
    {diff.unchanged > 0 && (
      <Text size="xs" c="dimmed">
        {diff.unchanged} action{diff.unchanged === 1 ? '' : 's'} unchanged.
      </Text>
    )}
  </Stack>
);
