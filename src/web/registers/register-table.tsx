/**
 * A register's table from its columns: header, the sort field a header
 * sorts by, the cell of each row. A click on a row opens the record (links
 * and buttons inside it keep their own behaviour).
 */
import { Table } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { SortableTh } from '../components/sortable-th.js';
import { TableSkeletonRows } from '../components/table-skeleton.js';
import type { ListParams } from './list-params.js';

export interface RegisterColumn<Row> {
  readonly header: string;
  /** The declared sort field this header sorts by; a plain header without one. */
  readonly sort?: string;
  readonly width?: number | string;
  readonly nowrap?: boolean;
  /** Screen readers still hear the header (e.g. "Actions"); sighted users see none. */
  readonly isHeaderHidden?: boolean;
  /** Whether the column shows for these rows, e.g. actions only when some row has any. */
  readonly isShownFor?: (rows: readonly Row[]) => boolean;
  readonly cell: (row: Row) => ReactNode;
}

interface RegisterTableProps<Row> {
  /** The table's accessible name, e.g. "Obligations". */
  readonly label: string;
  readonly columns: readonly RegisterColumn<Row>[];
  readonly items: readonly Row[] | undefined;
  readonly rowKey: (row: Row) => string;
  /** Where a click on the row goes; rows do not open anything without it. */
  readonly rowHref?: (row: Row) => string;
  readonly params: ListParams;
  readonly onSort: (field: string) => void;
  readonly isRefreshing: boolean;
  readonly minWidth?: number;
}

export const RegisterTable = <Row,>(props: RegisterTableProps<Row>) => {
  const { label, items, rowKey, rowHref, params, onSort, isRefreshing } = props;
  const navigate = useNavigate();
  const columns = props.columns.filter((column) => column.isShownFor?.(items ?? []) ?? true);
  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 800}>
      <Table
        aria-label={label}
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const width = column.width !== undefined ? { w: column.width } : {};
              const sortField = column.sort;
              return sortField === undefined ? (
                <Table.Th key={column.header} {...width}>
                  {column.isHeaderHidden === true ? (
                    <span className="visually-hidden">{column.header}</span>
                  ) : (
                    column.header
                  )}
                </Table.Th>
              ) : (
                <SortableTh
                  key={column.header}
                  sorted={params.sort === sortField ? params.direction : undefined}
                  onSort={() => onSort(sortField)}
                  {...(column.width !== undefined ? { width: column.width } : {})}
                >
                  {column.header}
                </SortableTh>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items === undefined ? (
            <TableSkeletonRows columns={columns.length} />
          ) : (
            items.map((row) => {
              const href = rowHref?.(row);
              return (
                <Table.Tr
                  key={rowKey(row)}
                  {...(href !== undefined
                    ? {
                        className: 'clickable-row',
                        onClick: (event: MouseEvent) => {
                          if (!(event.target as Element).closest('a, button')) void navigate(href);
                        },
                      }
                    : {})}
                >
                  {columns.map((column) => (
                    <Table.Td
                      key={column.header}
                      {...(column.nowrap === true ? { style: { whiteSpace: 'nowrap' } } : {})}
                    >
                      {column.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
