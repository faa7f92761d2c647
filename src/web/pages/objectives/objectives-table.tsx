/** The objectives register: target, latest value, status against the target, owner and due date. */
import { Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { orgPath } from '../../orgs/current-org.js';
import { ObjectiveStatus, formatValue, targetText } from './objective-progress.js';
import type { Objective } from './objective-queries.js';

const COLUMNS = 6;

export const ObjectivesTable = ({
  orgId,
  items,
}: {
  orgId: string;
  items: readonly Objective[] | undefined;
}) => {
  const navigate = useNavigate();
  const nameOf = useMemberName(orgId);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="AI objectives">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">Objective</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Latest</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items === undefined ? (
            <TableSkeletonRows columns={COLUMNS} />
          ) : (
            items.map((objective) => {
              const href = orgPath(orgId, 'objectives', objective.id);
              const { progress } = objective;
              return (
                <Table.Tr
                  key={objective.id}
                  className="clickable-row"
                  onClick={(event) => {
                    if (!(event.target as Element).closest('a')) void navigate(href);
                  }}
                >
                  <Table.Td>
                    <Link to={href} className="row-link">
                      {objective.title}
                    </Link>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {objective.metric}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{targetText(objective)}</Table.Td>
                  <Table.Td>
                    {progress.latestValue === null || progress.latestMeasuredOn === null ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <>
                        <Text size="sm" fw={600}>
                          {formatValue(progress.latestValue, objective.unit)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          <CalendarDate value={progress.latestMeasuredOn} />
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ObjectiveStatus objective={objective} />
                  </Table.Td>
                  <Table.Td>
                    {objective.ownerUserId === null ? '—' : nameOf(objective.ownerUserId)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {objective.dueDate === null ? '—' : <CalendarDate value={objective.dueDate} />}
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
