/** The register table: sortable headers, one row per AI system, the name as the link to its page. */
import { Badge, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { SortableTh } from '../../components/sortable-th.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { LIFECYCLE_STAGE_LABELS } from '../../labels/lifecycle-stages.js';
import { orgPath } from '../../orgs/current-org.js';
import type { AiSystem } from './ai-system-queries.js';
import type { ListParams, SortField } from './list-params.js';

interface AiSystemsTableProps {
  readonly orgId: string;
  readonly items: readonly AiSystem[] | undefined;
  readonly params: ListParams;
  readonly onSort: (field: SortField) => void;
  readonly isRefreshing: boolean;
}

const COLUMNS = 5;

export const ScopeBadge = ({ isInScope }: { isInScope: boolean }) =>
  isInScope ? <Badge color="teal">In scope</Badge> : <Badge color="gray">Out of scope</Badge>;

export const AiSystemsTable = ({
  orgId,
  items,
  params,
  onSort,
  isRefreshing,
}: AiSystemsTableProps) => {
  const navigate = useNavigate();
  const sortedBy = (field: SortField) => (params.sort === field ? params.direction : undefined);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        aria-label="AI systems"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh sorted={sortedBy('name')} onSort={() => onSort('name')} width="24%">
              Name
            </SortableTh>
            <Table.Th>Purpose</Table.Th>
            <SortableTh
              sorted={sortedBy('lifecycleStage')}
              onSort={() => onSort('lifecycleStage')}
              width={200}
            >
              Life-cycle stage
            </SortableTh>
            <Table.Th w={150}>AIMS scope</Table.Th>
            <SortableTh
              sorted={sortedBy('updatedAt')}
              onSort={() => onSort('updatedAt')}
              width={190}
            >
              Last updated
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items === undefined ? (
            <TableSkeletonRows columns={COLUMNS} />
          ) : (
            items.map((system) => {
              const href = orgPath(orgId, 'ai-systems', system.id);
              return (
                <Table.Tr
                  key={system.id}
                  className="clickable-row"
                  onClick={(event) => {
                    if (!(event.target as Element).closest('a')) void navigate(href);
                  }}
                >
                  <Table.Td>
                    <Link to={href} className="row-link">
                      {system.name}
                    </Link>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {system.purpose}
                    </Text>
                  </Table.Td>
                  <Table.Td>{LIFECYCLE_STAGE_LABELS[system.lifecycleStage]}</Table.Td>
                  <Table.Td>
                    <ScopeBadge isInScope={system.isInScope} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      <DateTime value={system.updatedAt} />
                    </Text>
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
