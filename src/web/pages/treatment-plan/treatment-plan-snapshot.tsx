/**
 * A treatment plan as taken on a day: its counts (actions by status, overdue,
 * risks treated, risks above the threshold with no action), then its actions
 * grouped by the risk they treat, highest level first, each risk with its
 * levels and treatment option, each action with its controls, owner, due
 * date and status, overdue ones marked.
 */
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { orgPath } from '../../orgs/current-org.js';
import { LevelBadge, WHOLE_BADGE } from '../risks/risk-badges.js';
import {
  ACTION_STATUS_COLOURS,
  ACTION_STATUS_LABELS,
  TREATMENT_OPTION_LABELS,
} from '../risks/risk-labels.js';
import { ControlBadges } from './treatment-plan-controls.js';
import { groupByRisk } from './treatment-plan-entries.js';
import { useLevelOf } from './treatment-plan-labels.js';
import type {
  TreatmentPlanEntry,
  TreatmentPlanSnapshot,
  TreatmentPlanSummary,
} from './treatment-plan-queries.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Action' },
  { header: 'Controls', width: 190 },
  { header: 'Owner', width: 150 },
  { header: 'Due', width: 120 },
  { header: 'Status', width: 150 },
];

const Count = ({ label, value, tone }: { label: string; value: number; tone?: string }) => (
  <Paper withBorder p="sm" radius="md">
    <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.05em' }}>
      {label}
    </Text>
    <Text fz={22} fw={700} {...(tone !== undefined && value > 0 ? { c: tone } : {})}>
      {value}
    </Text>
  </Paper>
);

export const PlanSummaryCounts = ({ summary }: { summary: TreatmentPlanSummary }) => (
  <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="sm">
    <Count label="Actions" value={summary.actions} />
    <Count label="Risks treated" value={summary.risksTreated} />
    {(['planned', 'in_progress', 'done', 'cancelled'] as const).map((status) => (
      <Count key={status} label={ACTION_STATUS_LABELS[status]} value={summary.byStatus[status]} />
    ))}
    <Count label="Overdue" value={summary.overdue} tone="red.8" />
    <Count
      label="Untreated above threshold"
      value={summary.untreatedAboveThreshold.length}
      tone="red.8"
    />
  </SimpleGrid>
);

const RiskHeading = ({ orgId, entry }: { orgId: string; entry: TreatmentPlanEntry }) => {
  const levelOf = useLevelOf(orgId);
  return (
    <Group gap="sm" wrap="wrap">
      <Anchor component={Link} to={orgPath(orgId, 'risks', entry.riskId)} fw={600} size="sm">
        {entry.riskStatement}
      </Anchor>
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed">
          Inherent
        </Text>
        <LevelBadge level={levelOf(entry.inherentLevel)} />
      </Group>
      {entry.residualLevel !== null && (
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            Residual
          </Text>
          <LevelBadge level={levelOf(entry.residualLevel)} />
        </Group>
      )}
      {entry.treatmentOption !== null && (
        <Text size="xs" c="dimmed">
          Treatment: {TREATMENT_OPTION_LABELS[entry.treatmentOption]}
        </Text>
      )}
    </Group>
  );
};

const ActionRow = ({ orgId, entry }: { orgId: string; entry: TreatmentPlanEntry }) => {
  const nameOf = useMemberName(orgId);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{entry.title}</Text>
      </Table.Td>
      <Table.Td>
        <ControlBadges
          annexA={entry.annexAControlIds}
          organization={entry.organizationControlIds}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{nameOf(entry.ownerUserId)}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {entry.dueDate === null ? '—' : <CalendarDate value={entry.dueDate} />}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Badge color={ACTION_STATUS_COLOURS[entry.status]} styles={WHOLE_BADGE}>
            {ACTION_STATUS_LABELS[entry.status]}
          </Badge>
          {entry.isOverdue && (
            <Badge color="red" variant="light" styles={WHOLE_BADGE}>
              Overdue
            </Badge>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
};

export const PlanSnapshotView = ({
  orgId,
  snapshot,
  label,
}: {
  orgId: string;
  snapshot: TreatmentPlanSnapshot;
  /** The table's accessible name, e.g. "Treatment plan, version 2". */
  label: string;
}) => (
  <Stack gap="md">
    <Text size="sm" c="dimmed">
      As the risk register stood on <CalendarDate value={snapshot.asOf} />; overdue is judged
      against that day.
    </Text>
    <PlanSummaryCounts summary={snapshot.summary} />
    {snapshot.entries.length === 0 ? (
      <Text size="sm" c="dimmed">
        No treatment actions in the plan.
      </Text>
    ) : (
      <SimpleTable label={label} columns={COLUMNS} minWidth={860} withTableBorder>
        {groupByRisk(snapshot.entries).map((group) => {
          const [first] = group.entries;
          if (!first) return null;
          return [
            <Table.Tr key={group.riskId} bg="var(--mantine-color-gray-0)">
              <Table.Th colSpan={COLUMNS.length} scope="colgroup">
                <RiskHeading orgId={orgId} entry={first} />
              </Table.Th>
            </Table.Tr>,
            ...group.entries.map((entry) => (
              <ActionRow key={entry.actionId} orgId={orgId} entry={entry} />
            )),
          ];
        })}
      </SimpleTable>
    )}
  </Stack>
);
