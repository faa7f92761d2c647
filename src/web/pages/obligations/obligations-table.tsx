/**
 * The obligations register: sortable headers; source and reference, what it
 * requires, kind, the AI systems it applies to, owner, compliance and the
 * next review. A row opens the obligation's page.
 */
import { Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SortableTh } from '../../components/sortable-th.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { OBLIGATION_KIND_LABELS } from '../../labels/obligations.js';
import { orgPath } from '../../orgs/current-org.js';
import { AiSystemChips } from './ai-system-chips.js';
import { ComplianceBadge, ReviewDate } from './obligation-badges.js';
import type { ObligationListParams, SortField } from './obligation-list-params.js';
import type { Obligation } from './obligation-queries.js';
import { useAiSystemNames } from './use-ai-system-names.js';

interface ObligationsTableProps {
  readonly orgId: string;
  readonly items: readonly Obligation[] | undefined;
  readonly params: ObligationListParams;
  readonly onSort: (field: SortField) => void;
  readonly isRefreshing: boolean;
}

const COLUMNS = 7;

export const ObligationsTable = (props: ObligationsTableProps) => {
  const { orgId, items, params, onSort, isRefreshing } = props;
  const navigate = useNavigate();
  const systems = useAiSystemNames(orgId);
  const ownerName = useMemberName(orgId);
  const sortable = (field: SortField) => ({
    sorted: params.sort === field ? params.direction : undefined,
    onSort: () => onSort(field),
  });
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table
        aria-label="Obligations"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh {...sortable('source')}>Source and requirement</SortableTh>
            <SortableTh {...sortable('reference')} width={105}>
              Reference
            </SortableTh>
            <Table.Th w={105}>Kind</Table.Th>
            <Table.Th w={165}>AI systems</Table.Th>
            <Table.Th w={130}>Owner</Table.Th>
            <SortableTh {...sortable('complianceStatus')} width={185}>
              Compliance
            </SortableTh>
            <SortableTh {...sortable('nextReviewDate')} width={125}>
              Next review
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items === undefined ? (
            <TableSkeletonRows columns={COLUMNS} />
          ) : (
            items.map((obligation) => {
              const href = orgPath(orgId, 'obligations', obligation.id);
              return (
                <Table.Tr
                  key={obligation.id}
                  className="clickable-row"
                  onClick={(event) => {
                    if (!(event.target as Element).closest('a, button')) void navigate(href);
                  }}
                >
                  <Table.Td>
                    <Link
                      to={href}
                      className="row-link"
                      aria-label={`${obligation.source} ${obligation.reference}`}
                    >
                      {obligation.source}
                    </Link>
                    <Text size="sm" c="dimmed" lineClamp={2} mt={2}>
                      {obligation.requirement}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{obligation.reference}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{OBLIGATION_KIND_LABELS[obligation.kind]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <AiSystemChips
                      orgId={orgId}
                      ids={obligation.aiSystemIds}
                      nameOf={systems.nameOf}
                      max={2}
                    />
                  </Table.Td>
                  <Table.Td>
                    {obligation.ownerUserId === null ? (
                      <Text size="sm" c="dimmed">
                        Nobody yet
                      </Text>
                    ) : (
                      <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                        {ownerName(obligation.ownerUserId)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <ComplianceBadge status={obligation.complianceStatus} />
                  </Table.Td>
                  <Table.Td>
                    <ReviewDate
                      day={obligation.nextReviewDate}
                      isOverdue={obligation.isReviewOverdue}
                    />
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
