/** The document register: title, kind, status, version in force, owner, next review. */
import { Group, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SortableTh } from '../../components/sortable-th.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { DOCUMENT_KIND_LABELS } from '../../labels/documents.js';
import { orgPath } from '../../orgs/current-org.js';
import { DocumentStatusBadge, OverdueBadge } from './document-badges.js';
import type { DocumentListParams, DocumentSortField } from './document-list-params.js';
import type { ControlledDocument } from './document-queries.js';

const COLUMNS = 6;

interface DocumentsTableProps {
  readonly orgId: string;
  readonly items: readonly ControlledDocument[] | undefined;
  readonly params: DocumentListParams;
  readonly onSort: (field: DocumentSortField) => void;
  readonly isRefreshing: boolean;
}

const VersionCell = ({ document }: { document: ControlledDocument }) => (
  <Text size="sm">
    {document.currentVersion ? `v${document.currentVersion.version}` : '—'}
    {document.openVersion && (
      <Text span size="xs" c="dimmed">
        {' '}
        · v{document.openVersion.version}{' '}
        {document.openVersion.status === 'draft' ? 'draft' : 'in review'}
      </Text>
    )}
  </Text>
);

export const DocumentsTable = ({
  orgId,
  items,
  params,
  onSort,
  isRefreshing,
}: DocumentsTableProps) => {
  const navigate = useNavigate();
  const nameOf = useMemberName(orgId);
  const sortedBy = (field: DocumentSortField) =>
    params.sort === field ? params.direction : undefined;
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table
        aria-label="Documents"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh sorted={sortedBy('title')} onSort={() => onSort('title')} width="30%">
              Title
            </SortableTh>
            <SortableTh sorted={sortedBy('kind')} onSort={() => onSort('kind')}>
              Kind
            </SortableTh>
            <SortableTh sorted={sortedBy('status')} onSort={() => onSort('status')} width={130}>
              Status
            </SortableTh>
            <Table.Th>Version</Table.Th>
            <Table.Th>Owner</Table.Th>
            <SortableTh
              sorted={sortedBy('nextReviewDate')}
              onSort={() => onSort('nextReviewDate')}
              width={200}
            >
              Next review
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items === undefined ? (
            <TableSkeletonRows columns={COLUMNS} />
          ) : (
            items.map((document) => {
              const href = orgPath(orgId, 'documents', document.id);
              return (
                <Table.Tr
                  key={document.id}
                  className="clickable-row"
                  onClick={(event) => {
                    if (!(event.target as Element).closest('a')) void navigate(href);
                  }}
                >
                  <Table.Td>
                    <Link to={href} className="row-link">
                      {document.title}
                    </Link>
                    {document.fulfils.length > 0 && (
                      <Text size="xs" c="dimmed">
                        Provides {document.fulfils.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{DOCUMENT_KIND_LABELS[document.kind]}</Table.Td>
                  <Table.Td>
                    <DocumentStatusBadge status={document.status} />
                  </Table.Td>
                  <Table.Td>
                    <VersionCell document={document} />
                  </Table.Td>
                  <Table.Td>
                    {document.ownerUserId === null ? '—' : nameOf(document.ownerUserId)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {document.nextReviewDate === null ? (
                          '—'
                        ) : (
                          <CalendarDate value={document.nextReviewDate} />
                        )}
                      </Text>
                      {document.isReviewOverdue && <OverdueBadge />}
                    </Group>
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
