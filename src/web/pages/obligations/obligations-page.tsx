/**
 * The obligations register: legal, regulatory, contractual and voluntary
 * obligations; search, filter, sort and page on the server, kept in the URL.
 * Add, import and export when allowed.
 */
import { Button, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/error-state.js';
import { ImportExportActions } from '../../components/import-export-actions.js';
import { OBLIGATIONS_IMPORT } from '../../components/import-registers.js';
import { PageHeader } from '../../components/page-header.js';
import { usePageSearchParams } from '../../components/use-page-search-params.js';
import { useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { RegisterPagination } from '../ai-systems/register-pagination.js';
import { ListEmpty, emptyReasonOf } from '../context/list-empty.js';
import { ObligationFilters } from './obligation-filters.js';
import { ObligationFormModal } from './obligation-form-modal.js';
import {
  NO_FILTERS,
  hasObligationFilters,
  readObligationParams,
  writeObligationParams,
  type ObligationListParams,
  type SortField,
} from './obligation-list-params.js';
import { obligationsQuery } from './obligation-queries.js';
import { ObligationsTable } from './obligations-table.js';

export const ObligationsPage = () => {
  const { organization } = useCurrentOrg();
  const canWrite = useCan('aims.write');
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = readObligationParams(searchParams);
  const list = useQuery(obligationsQuery(organization.id, params));

  // Paging adds a history entry (Back returns to the previous page); filters replace it.
  const update = (changes: Partial<ObligationListParams>, { keepPage = false } = {}) =>
    setSearchParams(
      (current) =>
        writeObligationParams({
          ...readObligationParams(current),
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

  const addButton = canWrite ? <Button onClick={openAdd}>Add obligation</Button> : undefined;
  const emptyReason = emptyReasonOf(list.data, hasObligationFilters(params));

  return (
    <>
      <PageHeader
        title="Obligations"
        description="The legal, regulatory, contractual and voluntary obligations that apply to the organization’s AI systems, who owns each, whether it is met, and when to review it."
        actions={
          <>
            <ImportExportActions
              orgId={organization.id}
              register={OBLIGATIONS_IMPORT}
              canImport={canWrite}
            />
            {addButton}
          </>
        }
      />
      <Stack gap="md">
        <ObligationFilters orgId={organization.id} params={params} onChange={update} />
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {emptyReason ? (
              <ListEmpty
                reason={emptyReason}
                noun="obligations"
                noneDescription="Register the laws, regulations, contracts and voluntary commitments your AI systems must meet — for example the EU AI Act articles for a high-risk system — or import them from a spreadsheet."
                addButton={addButton}
                onClearFilters={() => update(NO_FILTERS)}
                onFirstPage={() => update({ page: 1 })}
              />
            ) : (
              <ObligationsTable
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
      {canWrite && adding && <ObligationFormModal orgId={organization.id} onClose={closeAdd} />}
    </>
  );
};
