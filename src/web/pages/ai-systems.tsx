/** The AI system inventory: search, filter, sort and page on the server; add when allowed. */
import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { useCan, useCurrentOrg } from '../orgs/current-org.js';
import { AddAiSystemModal } from './ai-systems/add-ai-system-modal.js';
import { aiSystemsQuery } from './ai-systems/ai-system-queries.js';
import { AiSystemsTable } from './ai-systems/ai-systems-table.js';
import {
  hasFilters,
  readListParams,
  writeListParams,
  type ListParams,
  type SortField,
} from './ai-systems/list-params.js';
import { RegisterFilters } from './ai-systems/register-filters.js';
import { RegisterPagination } from './ai-systems/register-pagination.js';

export const AiSystemsPage = () => {
  const { organization } = useCurrentOrg();
  const canWrite = useCan('ai_system.write');
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const list = useQuery(aiSystemsQuery(organization.id, params));

  const update = (changes: Partial<ListParams>, { keepPage = false } = {}) =>
    setSearchParams(writeListParams({ ...params, ...changes, ...(keepPage ? {} : { page: 1 }) }), {
      replace: !('page' in changes),
    });
  const sort = (field: SortField) =>
    update({
      sort: field,
      direction: params.sort === field && params.direction === 'asc' ? 'desc' : 'asc',
    });

  const addButton = canWrite ? <Button onClick={openAdd}>Add AI system</Button> : undefined;
  const isEmpty = list.data?.total === 0;

  return (
    <>
      <PageHeader
        title="AI systems"
        description="The AI systems the organization develops, provides or uses, where each is in its life cycle, and whether it is inside the AIMS scope."
        actions={addButton}
      />
      <Stack gap="md">
        <RegisterFilters params={params} onChange={update} />
        {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {!list.isError && (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {isEmpty ? (
              <EmptyState
                py="xl"
                title={hasFilters(params) ? 'No AI systems match' : 'No AI systems yet'}
                description={
                  hasFilters(params)
                    ? 'Change the search or the filters to see more.'
                    : 'Register every AI system the organization develops, provides or uses; the AIMS scope, risk assessment and impact assessment start from this inventory.'
                }
              >
                <EmptyState.Actions>
                  {hasFilters(params) ? (
                    <Button
                      variant="light"
                      onClick={() => update({ search: '', stage: null, scope: null })}
                    >
                      Clear filters
                    </Button>
                  ) : (
                    addButton
                  )}
                </EmptyState.Actions>
              </EmptyState>
            ) : (
              <AiSystemsTable
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
          />
        )}
      </Stack>
      {canWrite && <AddAiSystemModal orgId={organization.id} opened={adding} onClose={closeAdd} />}
    </>
  );
};
