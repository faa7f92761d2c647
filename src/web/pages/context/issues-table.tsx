/** Context issues (clause 4.1): the issue and why it matters, its kind, climate relevance, last change. */
import { Stack, Table, Text } from '@mantine/core';
import { DateTime } from '../../components/date-time.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { ClimateBadge, ContextKindBadge } from './context-kind-badge.js';
import { useDeleteContextIssue, type ContextIssue } from './context-queries.js';
import { RowActions, hasAnyActions } from './row-actions.js';

interface IssuesTableProps {
  readonly orgId: string;
  readonly items: readonly ContextIssue[] | undefined;
  readonly isRefreshing: boolean;
  readonly onEdit: (issue: ContextIssue) => void;
}

export const IssuesTable = ({ orgId, items, isRefreshing, onEdit }: IssuesTableProps) => {
  const remove = useDeleteContextIssue(orgId);
  const withActions = hasAnyActions(items);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        aria-label="Context issues"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Issue</Table.Th>
            <Table.Th w={110}>Kind</Table.Th>
            <Table.Th w={160}>Climate change</Table.Th>
            <Table.Th w={170}>Last updated</Table.Th>
            {withActions && (
              <Table.Th w={150}>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items === undefined ? (
            <TableSkeletonRows columns={4} />
          ) : (
            items.map((issue) => (
              <Table.Tr key={issue.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {issue.title}
                    </Text>
                    {issue.description !== '' && (
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {issue.description}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ContextKindBadge kind={issue.kind} />
                </Table.Td>
                <Table.Td>
                  {issue.isClimateRelevant ? (
                    <ClimateBadge />
                  ) : (
                    <Text size="sm" c="dimmed" aria-label="Not marked climate-relevant">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    <DateTime value={issue.updatedAt} />
                  </Text>
                </Table.Td>
                {withActions && (
                  <Table.Td>
                    <RowActions
                      actions={issue.availableActions}
                      name={issue.title}
                      deleteTitle="Delete context issue"
                      deleteMessage={`“${issue.title}” will be removed from the context issues. The audit trail keeps what it said.`}
                      isDeleting={remove.isPending && remove.variables === issue.id}
                      onEdit={() => onEdit(issue)}
                      onDelete={() =>
                        remove.mutate(issue.id, {
                          onSuccess: () => notifySuccess(`“${issue.title}” was deleted.`),
                          onError: (error) => notifyFailure('Could not delete the issue', error),
                        })
                      }
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
