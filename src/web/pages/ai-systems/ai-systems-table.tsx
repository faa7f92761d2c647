/** The register table: sortable headers, one row per AI system, the name as the link to its page. */
import { Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { SortableTh } from '../../components/sortable-th.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { AI_ROLE_LABELS } from '../../labels/ai-classification.js';
import { LIFECYCLE_STAGE_LABELS } from '../../labels/lifecycle-stages.js';
import { orgPath } from '../../orgs/current-org.js';
import { RiskClassBadge, ScopeBadge } from './ai-system-badges.js';
import type { AiSystem } from './ai-system-queries.js';
import type { ListParams, SortField } from './list-params.js';

interface AiSystemsTableProps {
  readonly orgId: string;
  readonly items: readonly AiSystem[] | undefined;
  readonly params: ListParams;
  readonly onSort: (field: SortField) => void;
  readonly isRefreshing: boolean;
}

const COLUMNS = 6;

const rolesOf = (system: AiSystem): string =>
  system.aiRoles.length === 0 ? '—' : system.aiRoles.map((role) => AI_ROLE_LABELS[role]).join(', ');

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
    <Table.ScrollContainer minWidth={980}>
      <Table
        aria-label="AI systems"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh sorted={sortedBy('name')} onSort={() => onSort('name')}>
              Name
            </SortableTh>
            <SortableTh
              sorted={sortedBy('lifecycleStage')}
              onSort={() => onSort('lifecycleStage')}
              width={170}
            >
              Life-cycle stage
            </SortableTh>
            <Table.Th w={160}>Our AI roles</Table.Th>
            <Table.Th w={140}>EU risk class</Table.Th>
            <Table.Th w={130}>AIMS scope</Table.Th>
            <SortableTh
              sorted={sortedBy('updatedAt')}
              onSort={() => onSort('updatedAt')}
              width={170}
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
                    <Text size="xs" c="dimmed" lineClamp={2} mt={2}>
                      {system.purpose}
                    </Text>
                  </Table.Td>
                  <Table.Td>{LIFECYCLE_STAGE_LABELS[system.lifecycleStage]}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{rolesOf(system)}</Text>
                  </Table.Td>
                  <Table.Td style={{ minWidth: 140 }}>
                    <RiskClassBadge riskClass={system.euRiskClass} />
                  </Table.Td>
                  <Table.Td style={{ minWidth: 130 }}>
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
