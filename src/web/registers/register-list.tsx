/**
 * The body of a register list: the filters (with an optional tool beside
 * them, e.g. the add button on a tab), the sortable table or the reason it
 * is empty, and the pagination.
 */
import { Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from '../components/error-state.js';
import { orgPath } from '../orgs/current-org.js';
import { inSentence } from './declaration.js';
import type { RegisterDeclaration } from './declaration.js';
import { ListEmpty, emptyReasonOf } from './list-empty.js';
import type { ListCodec } from './list-params.js';
import { RegisterFilters } from './register-filters.js';
import type { FilterLook } from './register-filters.js';
import { RegisterPagination } from './register-pagination.js';
import type { RegisterPath, RegisterRow } from './register-queries.js';
import { RegisterTable } from './register-table.js';
import type { RegisterColumn } from './register-table.js';
import type { RegisterView } from './use-register-view.js';

export interface RegisterListProps<Path extends RegisterPath> {
  readonly orgId: string;
  readonly register: RegisterDeclaration;
  readonly codec: ListCodec;
  readonly view: RegisterView<Path>;
  /** Why the register matters, shown while it is empty. */
  readonly noneDescription: string;
  /** What the search box looks in, e.g. "Title or description". */
  readonly searchPlaceholder: string;
  readonly filterLooks?: Readonly<Record<string, FilterLook>>;
  readonly columns: readonly RegisterColumn<RegisterRow<Path>>[];
  /** Whether each row opens the record's own page (`<register>/<id>`). */
  readonly hasRecordPages?: boolean;
  readonly tableMinWidth?: number;
  /** The add button, when the list allows adding: offered on the empty register too. */
  readonly addButton?: ReactNode;
  /** Shown at the end of the filter row (the add button of a tab). */
  readonly tool?: ReactNode;
}

/** Every register row has an id; the route types do not say so to a generic path. */
const idOf = (row: unknown): string => (row as { id: string }).id;

export const RegisterList = <Path extends RegisterPath>(props: RegisterListProps<Path>) => {
  const { orgId, register, codec, view } = props;
  const { params, list, update, sort } = view;
  const emptyReason = emptyReasonOf(list.data, codec.hasFilters(params));
  const filters = (
    <RegisterFilters
      orgId={orgId}
      filters={register.filters}
      search={{
        label: `Search ${inSentence(register.many)}`,
        placeholder: props.searchPlaceholder,
      }}
      params={params}
      onChange={update}
      {...(props.filterLooks ? { looks: props.filterLooks } : {})}
    />
  );
  return (
    <Stack gap="md">
      {props.tool === undefined ? (
        filters
      ) : (
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <div style={{ flex: 1 }}>{filters}</div>
          {props.tool}
        </Group>
      )}
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          {emptyReason ? (
            <ListEmpty
              reason={emptyReason}
              noun={inSentence(register.many)}
              noneDescription={props.noneDescription}
              addButton={props.addButton}
              onClearFilters={() => update(codec.noFilters)}
              onFirstPage={() => update({ page: 1 })}
            />
          ) : (
            <RegisterTable
              label={register.many}
              columns={props.columns}
              items={list.data?.items}
              rowKey={idOf}
              params={params}
              onSort={sort}
              isRefreshing={list.isPlaceholderData}
              {...(props.hasRecordPages
                ? { rowHref: (row: RegisterRow<Path>) => orgPath(orgId, register.key, idOf(row)) }
                : {})}
              {...(props.tableMinWidth !== undefined ? { minWidth: props.tableMinWidth } : {})}
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
  );
};
