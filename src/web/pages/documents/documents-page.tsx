/**
 * The document register (clause 7.5): every controlled document with its
 * kind, status, version in force, owner and next review; search, filter,
 * sort and page on the server.
 */
import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { usePageSearchParams } from '../../components/use-page-search-params.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { RegisterPagination } from '../../registers/register-pagination.js';
import { RequiredDocumentsSummary } from '../required-documents/required-documents-summary.js';
import { AddDocumentModal } from './add-document-modal.js';
import {
  hasDocumentFilters,
  readDocumentListParams,
  writeDocumentListParams,
  type DocumentListParams,
  type DocumentSortField,
} from './document-list-params.js';
import { documentsQuery } from './document-queries.js';
import { DocumentsFilters } from './documents-filters.js';
import { DocumentsTable } from './documents-table.js';

export const DocumentsPage = () => {
  const { organization } = useCurrentOrg();
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = readDocumentListParams(searchParams);
  const list = useQuery(documentsQuery(organization.id, params));
  const canWrite = list.data?.availableActions.includes('create') ?? false;
  // "Register a document for RD-05" from the required-documents register arrives as ?new=RD-05.
  const requested = searchParams.get('new');
  const [adding, setAdding] = useState<readonly string[] | null>(
    requested !== null ? [requested] : null,
  );

  const update = (changes: Partial<DocumentListParams>, { keepPage = false } = {}) =>
    setSearchParams(
      (current) =>
        writeDocumentListParams({
          ...readDocumentListParams(current),
          ...changes,
          ...(keepPage ? {} : { page: 1 }),
        }),
      'page' in changes,
    );
  const sort = (field: DocumentSortField) =>
    update({
      sort: field,
      direction: params.sort === field && params.direction === 'asc' ? 'desc' : 'asc',
    });

  const addButton = canWrite ? (
    <Button onClick={() => setAdding([])}>Register a document</Button>
  ) : undefined;
  const isEmpty = list.data !== undefined && list.data.items.length === 0;

  return (
    <>
      <PageHeader
        title="Documents"
        description="Policies, procedures, methodologies, plans and records of the AIMS. Each version is written as a draft, reviewed, and approved by someone other than its author."
        actions={addButton}
      />
      <Stack gap="md">
        <RequiredDocumentsSummary orgId={organization.id} />
        <DocumentsFilters params={params} onChange={update} />
        {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {!list.isError && (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {isEmpty ? (
              hasDocumentFilters(params) ? (
                <EmptyState
                  py="xl"
                  title="No documents match"
                  description="Change the search or the filters to see more."
                >
                  <EmptyState.Actions>
                    <Button
                      variant="light"
                      onClick={() =>
                        update({ search: '', kind: null, status: null, overdue: false })
                      }
                    >
                      Clear filters
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              ) : (
                <EmptyState
                  py="xl"
                  title={list.data.total > 0 ? 'This page is past the end' : 'No documents yet'}
                  description={
                    list.data.total > 0
                      ? 'There are fewer documents than this page number needs.'
                      : 'Start with the AI policy: register it, write its first version, and send it for approval.'
                  }
                >
                  <EmptyState.Actions>
                    {list.data.total > 0 ? (
                      <Button variant="light" onClick={() => update({ page: 1 })}>
                        Go to the first page
                      </Button>
                    ) : (
                      addButton
                    )}
                  </EmptyState.Actions>
                </EmptyState>
              )
            ) : (
              <DocumentsTable
                orgId={organization.id}
                items={list.data?.items}
                params={params}
                onSort={sort}
                isRefreshing={list.isPlaceholderData}
              />
            )}
          </Paper>
        )}
        {list.data && list.data.total > 0 && (
          <RegisterPagination
            page={params.page}
            pageSize={params.pageSize}
            total={list.data.total}
            onPage={(page) => update({ page }, { keepPage: true })}
            onPageSize={(pageSize) => update({ pageSize })}
            emptyText="No documents"
          />
        )}
      </Stack>
      {canWrite && adding !== null && (
        <AddDocumentModal
          orgId={organization.id}
          fulfils={adding}
          onClose={() => {
            setAdding(null);
            if (requested !== null) update({});
          }}
        />
      )}
    </>
  );
};
