/** The AI system inventory: search, filter, sort and page on the server; add when allowed. */
import { Button, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../components/error-state.js';
import { ImportExportActions } from '../components/import-export-actions.js';
import { AI_SYSTEMS_IMPORT } from '../components/import-registers.js';
import { PageHeader } from '../components/page-header.js';
import { usePageSearchParams } from '../components/use-page-search-params.js';
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
import { RegisterEmpty, type EmptyReason } from './ai-systems/register-empty.js';
import { RegisterFilters } from './ai-systems/register-filters.js';
import { RegisterPagination } from '../registers/register-pagination.js';

const emptyReasonOf = (
  data: { total: number; items: readonly unknown[] } | undefined,
  params: ListParams,
): EmptyReason | undefined => {
  if (!data || data.items.length > 0) return undefined;
  if (data.total > 0) return 'past-end';
  return hasFilters(params) ? 'filtered' : 'none';
};

export const AiSystemsPage = () => {
  const { organization } = useCurrentOrg();
  const canWrite = useCan('ai_system.write');
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = readListParams(searchParams);
  const list = useQuery(aiSystemsQuery(organization.id, params));

  // Paging adds a history entry (Back returns to the previous page); filters replace it.
  const update = (changes: Partial<ListParams>, { keepPage = false } = {}) =>
    setSearchParams(
      (current) =>
        writeListParams({
          ...readListParams(current),
          ...changes,
          ...(keepPage ? {} : { page: 1 }),
        }),
      'page' in changes,
    );
  const sort = (field: SortField) =>
    update({
      sort: field,
      direction: params.sort === field && params.direction === 'asc' ? 'desc' : 'asc',
    });

  const addButton = canWrite ? <Button onClick={openAdd}>Add AI system</Button> : undefined;
  const emptyReason = emptyReasonOf(list.data, params);

  return (
    <>
      <PageHeader
        title="AI systems"
        description="The AI systems the organization develops, provides or uses, where each is in its life cycle, and whether it is inside the AIMS scope."
        actions={
          <>
            <ImportExportActions
              orgId={organization.id}
              register={AI_SYSTEMS_IMPORT}
              canImport={canWrite}
            />
            {addButton}
          </>
        }
      />
      <Stack gap="md">
        <RegisterFilters params={params} onChange={update} />
        {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {!list.isError && (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {emptyReason ? (
              <RegisterEmpty
                reason={emptyReason}
                addButton={addButton}
                onClearFilters={() =>
                  update({ search: '', stage: null, scope: null, riskClass: null, aiRole: null })
                }
                onFirstPage={() => update({ page: 1 })}
              />
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
