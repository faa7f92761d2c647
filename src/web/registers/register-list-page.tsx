/**
 * A register's list page from its declaration: the header with import,
 * export and add (as the list's `availableActions` allow), the filters, the
 * sortable table, the empty states and the pagination, all kept in the URL.
 */
import { Button, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ErrorState } from '../components/error-state.js';
import { ExportMenu } from '../components/export-menu.js';
import { ImportButton } from '../components/import-button.js';
import type { ExportRegister } from '../components/export-download.js';
import type { ImportRegister } from '../components/import-registers.js';
import { PageHeader } from '../components/page-header.js';
import type { ListAction, RegisterDeclaration } from './declaration.js';
import { ListEmpty, emptyReasonOf } from './list-empty.js';
import type { ListCodec } from './list-params.js';
import { RegisterFilters, type FilterLook, type SearchLook } from './register-filters.js';
import { RegisterPagination } from './register-pagination.js';
import type { RegisterPath, RegisterRow } from './register-queries.js';
import { RegisterTable, type RegisterColumn } from './register-table.js';
import { useRegisterView } from './use-register-view.js';

export interface RegisterListPageProps<Path extends RegisterPath> {
  readonly orgId: string;
  readonly register: RegisterDeclaration;
  readonly path: Path;
  readonly codec: ListCodec;
  readonly description: string;
  /** Why the register matters, shown while it is empty. */
  readonly noneDescription: string;
  readonly search: SearchLook;
  readonly filterLooks?: Readonly<Record<string, FilterLook>>;
  readonly columns: readonly RegisterColumn<RegisterRow<Path>>[];
  readonly rowKey: (row: RegisterRow<Path>) => string;
  readonly rowHref?: (row: RegisterRow<Path>) => string;
  readonly tableMinWidth?: number;
  /** The add button's text, e.g. "Add obligation", and the form it opens. */
  readonly addLabel: string;
  readonly addForm: (onClose: () => void) => ReactNode;
  /** What the import wizard reads, for an importable register. */
  readonly importRegister?: ImportRegister;
  /** The export route, for an exportable register. */
  readonly exportRegister?: ExportRegister;
}

export const RegisterListPage = <Path extends RegisterPath>(props: RegisterListPageProps<Path>) => {
  const { orgId, register, codec } = props;
  const { params, list, update, sort } = useRegisterView(orgId, props.path, codec);
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const actions: readonly ListAction[] =
    (list.data as { availableActions?: ListAction[] } | undefined)?.availableActions ?? [];
  const may = (action: ListAction) => actions.includes(action);

  const addButton = may('create') ? <Button onClick={openAdd}>{props.addLabel}</Button> : undefined;
  const data = list.data as { items: RegisterRow<Path>[]; total: number } | undefined;
  const emptyReason = emptyReasonOf(data, codec.hasFilters(params));
  const noun = register.many.toLowerCase();

  return (
    <>
      <PageHeader
        title={register.many}
        description={props.description}
        actions={
          <>
            {props.importRegister && may('import') && (
              <ImportButton orgId={orgId} register={props.importRegister} />
            )}
            {props.exportRegister && register.transfer.isExportable && may('export') && (
              <ExportMenu
                orgId={orgId}
                sources={[{ register: props.exportRegister, label: noun }]}
              />
            )}
            {addButton}
          </>
        }
      />
      <Stack gap="md">
        <RegisterFilters
          orgId={orgId}
          filters={register.filters}
          search={props.search}
          params={params}
          onChange={update}
          {...(props.filterLooks ? { looks: props.filterLooks } : {})}
        />
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {emptyReason ? (
              <ListEmpty
                reason={emptyReason}
                noun={noun}
                noneDescription={props.noneDescription}
                addButton={addButton}
                onClearFilters={() => update(codec.noFilters)}
                onFirstPage={() => update({ page: 1 })}
              />
            ) : (
              <RegisterTable
                label={register.many}
                columns={props.columns}
                items={data?.items}
                rowKey={props.rowKey}
                params={params}
                onSort={sort}
                isRefreshing={list.isPlaceholderData}
                {...(props.rowHref ? { rowHref: props.rowHref } : {})}
                {...(props.tableMinWidth !== undefined ? { minWidth: props.tableMinWidth } : {})}
              />
            )}
          </Paper>
        )}
        {data && data.total > 0 && (
          <RegisterPagination
            page={params.page}
            pageSize={params.pageSize}
            total={data.total}
            onPage={(page) => update({ page }, { keepPage: true })}
            onPageSize={(pageSize) => update({ pageSize })}
          />
        )}
      </Stack>
      {may('create') && adding && props.addForm(closeAdd)}
    </>
  );
};
