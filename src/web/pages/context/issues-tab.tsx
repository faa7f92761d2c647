/** The context issues tab: search and filters in the URL, the table, paging, add and edit. */
import { Button, Group, Paper, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { usePageSearchParams } from '../../components/use-page-search-params.js';
import { RegisterPagination } from '../../registers/register-pagination.js';
import {
  hasIssueFilters,
  readIssueParams,
  writeIssueParams,
  type IssueListParams,
} from './context-list-params.js';
import { ContextFilters } from './context-filters.js';
import { contextIssuesQuery, type ContextIssue } from './context-queries.js';
import { IssueFormModal } from './issue-form-modal.js';
import { IssuesTable } from './issues-table.js';
import { ListEmpty, emptyReasonOf } from '../../registers/list-empty.js';

const CLIMATE_OPTIONS = [
  { value: 'true', label: 'Climate-relevant' },
  { value: 'false', label: 'Not climate-relevant' },
];

/** Closed, adding (null) or editing an issue. */
type Editing = { issue: ContextIssue | undefined } | null;

export const IssuesTab = ({ orgId, canWrite }: { orgId: string; canWrite: boolean }) => {
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = readIssueParams(searchParams);
  const list = useQuery(contextIssuesQuery(orgId, params));
  const [editing, setEditing] = useState<Editing>(null);

  const update = (changes: Partial<IssueListParams>, { keepPage = false } = {}) =>
    setSearchParams(
      (current) =>
        writeIssueParams({
          ...readIssueParams(current),
          ...changes,
          ...(keepPage ? {} : { page: 1 }),
        }),
      'page' in changes,
    );

  const addButton = canWrite ? (
    <Button onClick={() => setEditing({ issue: undefined })}>Add issue</Button>
  ) : undefined;
  const emptyReason = emptyReasonOf(list.data, hasIssueFilters(params));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: 1 }}>
          <ContextFilters
            searchLabel="Search context issues"
            placeholder="Title or description"
            search={params.search}
            kind={params.kind}
            onSearch={(search) => update({ search })}
            onKind={(kind) => update({ kind })}
          >
            <Select
              label="Climate change"
              placeholder="All issues"
              data={CLIMATE_OPTIONS}
              value={params.climate}
              onChange={(value) =>
                update({ climate: value === 'true' || value === 'false' ? value : null })
              }
              clearable
              w={220}
            />
          </ContextFilters>
        </div>
        {addButton}
      </Group>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          {emptyReason ? (
            <ListEmpty
              reason={emptyReason}
              noun="context issues"
              noneDescription="Record the internal and external issues that affect what the AIMS is for and whether it can achieve it — regulation, customers, skills, suppliers — and decide whether climate change is one of them."
              addButton={addButton}
              onClearFilters={() => update({ search: '', kind: null, climate: null })}
              onFirstPage={() => update({ page: 1 })}
            />
          ) : (
            <IssuesTable
              orgId={orgId}
              items={list.data?.items}
              isRefreshing={list.isPlaceholderData}
              onEdit={(issue) => setEditing({ issue })}
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
        />
      )}
      {editing && (
        <IssueFormModal orgId={orgId} issue={editing.issue} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
};
