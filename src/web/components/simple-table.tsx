/**
 * A plain table: its accessible name, a row of headings, the rows the page
 * draws, and sideways scrolling on narrow screens when given a minimum width.
 */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SimpleColumn {
  readonly header: string;
  readonly width?: number | string;
  readonly align?: 'right';
  /** Screen readers still hear the heading (e.g. "Actions"); sighted users see none. */
  readonly isHeaderHidden?: boolean;
}

interface SimpleTableProps {
  /** The table's accessible name, e.g. "Measurements". */
  readonly label: string;
  readonly columns: readonly SimpleColumn[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  readonly minWidth?: number;
  readonly highlightOnHover?: boolean;
  readonly withTableBorder?: boolean;
  /** A row below the rows, such as a total. */
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

export const SimpleTable = ({
  label,
  columns,
  minWidth,
  highlightOnHover = false,
  withTableBorder = false,
  footer,
  children,
}: SimpleTableProps) => {
  const table = (
    <Table aria-label={label} highlightOnHover={highlightOnHover} withTableBorder={withTableBorder}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th
              key={column.header}
              {...(column.width !== undefined ? { w: column.width } : {})}
              {...(column.align !== undefined ? { ta: column.align } : {})}
            >
              {column.isHeaderHidden === true ? (
                <span className="visually-hidden">{column.header}</span>
              ) : (
                column.header
              )}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
      {footer !== undefined && <Table.Tfoot>{footer}</Table.Tfoot>}
    </Table>
  );
  return minWidth === undefined ? (
    table
  ) : (
    <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
  );
};
