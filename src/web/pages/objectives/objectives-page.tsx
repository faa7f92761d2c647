/**
 * The AI objectives (clause 6.2): each with its target, latest measurement
 * and status, and how all that match stand together. A row opens the
 * objective's page.
 */
import { Group, Text } from '@mantine/core';
import { lazyDialog } from '../../components/lazy-dialog.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { recordNameColumn } from '../../registers/register-columns.js';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterListPage } from '../../registers/register-list-page.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { ObjectiveStatus, formatValue, targetText } from './objective-progress.js';
import type { ObjectiveSummary } from './objective-queries.js';

const ADD_FORM = lazyDialog(() =>
  import('./objective-form-modal.js').then((module) => module.ObjectiveFormModal),
);

type Objective = RegisterRow<'objectives'>;

/** How every objective that matches stands, as the API counts them. */
const Tally = ({ summary }: { summary: ObjectiveSummary }) => (
  <Group gap="lg" role="status">
    <Text size="sm">
      <strong>{summary.targetMet}</strong> met
    </Text>
    <Text size="sm">
      <strong>{summary.targetNotMet}</strong> not met
    </Text>
    <Text size="sm">
      <strong>{summary.withoutMeasurement}</strong> without data
    </Text>
    <Text size="sm" {...(summary.overdue > 0 ? { c: 'red.8' } : {})}>
      <strong>{summary.overdue}</strong> overdue
    </Text>
  </Group>
);

const Dimmed = () => (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

const useColumns = (): RegisterColumn<Objective>[] => {
  const orgId = useCurrentOrg().organization.id;
  const nameOf = useMemberName(orgId);
  return [
    recordNameColumn({
      header: 'Objective',
      orgId,
      path: 'objectives',
      nameOf: (objective) => objective.title,
      detail: (objective) => (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {objective.kind === 'qualitative' ? objective.evaluationMethod : objective.metric}
        </Text>
      ),
    }),
    { header: 'Target', width: 130, nowrap: true, cell: (objective) => targetText(objective) },
    {
      header: 'Latest',
      width: 140,
      cell: (objective) =>
        objective.progress.latestValue === null || objective.progress.latestMeasuredOn === null ? (
          <Dimmed />
        ) : (
          <>
            <Text size="sm" fw={600}>
              {formatValue(objective.progress.latestValue, objective)}
            </Text>
            <Text size="xs" c="dimmed">
              <CalendarDate value={objective.progress.latestMeasuredOn} />
            </Text>
          </>
        ),
    },
    {
      header: 'Status',
      width: 160,
      cell: (objective) => <ObjectiveStatus objective={objective} />,
    },
    {
      header: 'Owner',
      width: 150,
      cell: (objective) =>
        objective.ownerUserId === null ? <Dimmed /> : nameOf(objective.ownerUserId),
    },
    {
      header: 'Due',
      width: 120,
      nowrap: true,
      cell: (objective) =>
        objective.dueDate === null ? <Dimmed /> : <CalendarDate value={objective.dueDate} />,
    },
  ];
};

export const ObjectivesPage = () => {
  const columns = useColumns();
  return (
    <RegisterListPage
      registerKey="objectives"
      description="Measurable objectives for the responsible development and use of AI, with a target, an owner, a due date and a plan, and the measurements that show progress."
      noneDescription="Set objectives the AIMS will pursue, such as fairness or transparency targets, and record measurements against them."
      searchPlaceholder="Title, metric or plan"
      columns={columns}
      tableMinWidth={900}
      addLabel="Add objective"
      addForm={ADD_FORM}
      aboveList={(list) => list && list.total > 0 && <Tally summary={list.summary} />}
    />
  );
};
