/**
 * The required-documents register: each of the catalog's items of
 * documented information, its clause, whether it is maintained or retained
 * and required or recommended, whether it is fulfilled, in progress or
 * missing, and links to what fulfils it.
 */
import { Anchor, Badge, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state.js';
import { ExportMenu } from '../../components/export-menu.js';
import { PageHeader } from '../../components/page-header.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { orgPath, useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { FulfilmentLinks } from './fulfilment-links.js';
import { RequiredDocumentStatusBadge } from './required-document-status-badge.js';
import { RequiredDocumentsSummary } from './required-documents-summary.js';
import {
  REQUIRED_DOCUMENT_STATUS_LABELS,
  requiredDocumentsQuery,
} from './required-documents-queries.js';
import type {
  RequiredDocumentEntry,
  RequiredDocumentStatus,
} from './required-documents-queries.js';

type Filter = RequiredDocumentStatus | 'all';
const FILTERS: readonly Filter[] = ['all', 'missing', 'in_progress', 'fulfilled'];
const isFilter = (value: string | null): value is Filter =>
  FILTERS.some((filter) => filter === value);

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Item', width: 80 },
  { header: 'Documented information', width: '32%' },
  { header: 'Clause', width: 90 },
  { header: 'Status', width: 130 },
  { header: 'Fulfilled by' },
];

const Row = ({
  orgId,
  entry,
  canWrite,
}: {
  orgId: string;
  entry: RequiredDocumentEntry;
  canWrite: boolean;
}) => {
  const { requiredDocument } = entry;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" ff="monospace" fw={600}>
          {requiredDocument.id}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {requiredDocument.title}
        </Text>
        <Group gap={4} mt={4}>
          <Badge size="xs" color={requiredDocument.type === 'document' ? 'blue' : 'grape'}>
            {requiredDocument.type === 'document' ? 'Maintained document' : 'Retained record'}
          </Badge>
          {requiredDocument.necessity === 'recommended' && (
            <Badge size="xs" color="gray" variant="outline">
              Recommended
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{requiredDocument.clauseId}</Table.Td>
      <Table.Td>
        <RequiredDocumentStatusBadge status={entry.status} />
      </Table.Td>
      <Table.Td>
        <Stack gap={6} align="flex-start">
          <FulfilmentLinks orgId={orgId} entry={entry} />
          {entry.status === 'missing' && canWrite && (
            <Anchor
              component={Link}
              to={`${orgPath(orgId, 'documents')}?new=${encodeURIComponent(requiredDocument.id)}`}
              size="xs"
            >
              Register a document for {requiredDocument.id}
            </Anchor>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
};

export const RequiredDocumentsPage = () => {
  const { organization } = useCurrentOrg();
  const canWrite = useCan('aims.write');
  const register = useQuery(requiredDocumentsQuery(organization.id));
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('status');
  const filter: Filter = isFilter(requested) ? requested : 'all';
  const items = register.data?.items.filter((entry) => filter === 'all' || entry.status === filter);

  return (
    <>
      <PageHeader
        title="Required documents"
        description="The documented information ISO/IEC 42001 requires, and what the organization has in force for each. An item is fulfilled by an approved record; drafts and reviews show as in progress. Recommended items are shown too, but only the required ones count."
        actions={
          <ExportMenu
            orgId={organization.id}
            sources={[{ register: 'required-documents', label: 'Required documents' }]}
          />
        }
      />
      <Stack gap="md">
        <RequiredDocumentsSummary orgId={organization.id} withLink={false} />
        <SegmentedControl
          aria-label="Show"
          value={filter}
          onChange={(value) =>
            setSearchParams(value === 'all' ? {} : { status: value }, { replace: true })
          }
          data={FILTERS.map((value) => ({
            value,
            label: value === 'all' ? 'All' : REQUIRED_DOCUMENT_STATUS_LABELS[value],
          }))}
          style={{ alignSelf: 'flex-start' }}
        />
        {register.isError ? (
          <ErrorState error={register.error} onRetry={() => void register.refetch()} />
        ) : (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            <SimpleTable label="Required documents" minWidth={860} columns={COLUMNS}>
              {items === undefined ? (
                <TableSkeletonRows columns={COLUMNS.length} rows={8} />
              ) : items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS.length}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      No required document is{' '}
                      {filter === 'all'
                        ? 'listed'
                        : REQUIRED_DOCUMENT_STATUS_LABELS[filter].toLowerCase()}
                      .
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                items.map((entry) => (
                  <Row
                    key={entry.requiredDocument.id}
                    orgId={organization.id}
                    entry={entry}
                    canWrite={canWrite}
                  />
                ))
              )}
            </SimpleTable>
          </Paper>
        )}
      </Stack>
    </>
  );
};
