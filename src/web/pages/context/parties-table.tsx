/**
 * Interested parties (clause 4.2): name (opens the requirements), kind, how
 * many requirements the AIMS addresses, notes, last change.
 */
import { Table, Text, UnstyledButton } from '@mantine/core';
import { DateTime } from '../../components/date-time.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { ContextKindBadge } from './context-kind-badge.js';
import { useDeleteInterestedParty, type InterestedParty } from './context-queries.js';
import { RequirementsProgress } from './requirements-progress.js';
import { RowActions, hasAnyActions } from './row-actions.js';

interface PartiesTableProps {
  readonly orgId: string;
  readonly items: readonly InterestedParty[] | undefined;
  readonly isRefreshing: boolean;
  readonly onOpen: (party: InterestedParty) => void;
  readonly onEdit: (party: InterestedParty) => void;
}

export const PartiesTable = ({ orgId, items, isRefreshing, onOpen, onEdit }: PartiesTableProps) => {
  const remove = useDeleteInterestedParty(orgId);
  const withActions = hasAnyActions(items);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        aria-label="Interested parties"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="26%">Interested party</Table.Th>
            <Table.Th w={110}>Kind</Table.Th>
            <Table.Th w={170}>Requirements addressed</Table.Th>
            <Table.Th>Notes</Table.Th>
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
            <TableSkeletonRows columns={5} />
          ) : (
            items.map((party) => (
              <Table.Tr key={party.id}>
                <Table.Td>
                  <UnstyledButton
                    className="row-link"
                    onClick={() => onOpen(party)}
                    aria-haspopup="dialog"
                    fz="sm"
                  >
                    {party.name}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <ContextKindBadge kind={party.kind} />
                </Table.Td>
                <Table.Td>
                  <RequirementsProgress
                    addressed={party.addressedCount}
                    total={party.requirementCount}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {party.notes === '' ? '—' : party.notes}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    <DateTime value={party.updatedAt} />
                  </Text>
                </Table.Td>
                {withActions && (
                  <Table.Td>
                    <RowActions
                      actions={party.availableActions}
                      name={party.name}
                      deleteTitle="Delete interested party"
                      deleteMessage={`“${party.name}” and its ${party.requirementCount} requirement(s) will be removed. The audit trail keeps what they said.`}
                      isDeleting={remove.isPending && remove.variables === party.id}
                      onEdit={() => onEdit(party)}
                      onDelete={() =>
                        remove.mutate(party.id, {
                          onSuccess: () => notifySuccess(`“${party.name}” was deleted.`),
                          onError: (error) => notifyFailure('Could not delete the party', error),
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
