/** The AI objectives (clause 6.2): each with its target, latest measurement and status. */
import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/error-state.js';
import { ExportMenu } from '../../components/export-menu.js';
import { PageHeader } from '../../components/page-header.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { AddObjectiveModal } from './add-objective-modal.js';
import { objectivesQuery, type Objective } from './objective-queries.js';
import { ObjectivesTable } from './objectives-table.js';

const Tally = ({ items }: { items: readonly Objective[] }) => {
  const met = items.filter((item) => item.progress.isTargetMet === true).length;
  const notMet = items.filter((item) => item.progress.isTargetMet === false).length;
  const noData = items.filter((item) => item.progress.isTargetMet === null).length;
  const overdue = items.filter((item) => item.progress.isOverdue).length;
  return (
    <Group gap="lg" role="status">
      <Text size="sm">
        <strong>{met}</strong> met
      </Text>
      <Text size="sm">
        <strong>{notMet}</strong> not met
      </Text>
      <Text size="sm">
        <strong>{noData}</strong> without data
      </Text>
      <Text size="sm" {...(overdue > 0 ? { c: 'red.8' } : {})}>
        <strong>{overdue}</strong> overdue
      </Text>
    </Group>
  );
};

export const ObjectivesPage = () => {
  const { organization } = useCurrentOrg();
  const [adding, { open, close }] = useDisclosure(false);
  const list = useQuery(objectivesQuery(organization.id));
  const items = list.data?.items;
  const may = (action: 'create' | 'export') =>
    list.data?.availableActions.includes(action) ?? false;
  const canWrite = may('create');
  const addButton = canWrite ? <Button onClick={open}>Add objective</Button> : undefined;
  const actions = (
    <Group gap="sm">
      {may('export') && (
        <ExportMenu
          orgId={organization.id}
          sources={[{ register: 'objectives', label: 'AI objectives' }]}
        />
      )}
      {addButton}
    </Group>
  );

  return (
    <>
      <PageHeader
        title="AI objectives"
        description="Measurable objectives for the responsible development and use of AI, with a target, an owner, a due date and a plan, and the measurements that show progress."
        actions={actions}
      />
      <Stack gap="md">
        {items && items.length > 0 && <Tally items={items} />}
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {items?.length === 0 ? (
              <EmptyState
                py="xl"
                title="No AI objectives yet"
                description="Set objectives the AIMS will pursue, such as fairness or transparency targets, and record measurements against them."
              >
                {addButton && <EmptyState.Actions>{addButton}</EmptyState.Actions>}
              </EmptyState>
            ) : (
              <ObjectivesTable orgId={organization.id} items={items} />
            )}
          </Paper>
        )}
      </Stack>
      {canWrite && <AddObjectiveModal orgId={organization.id} opened={adding} onClose={close} />}
    </>
  );
};
