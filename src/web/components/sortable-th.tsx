/** A table header that sorts by its column: a real button, with aria-sort on the cell. */
import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

interface SortableThProps {
  readonly children: ReactNode;
  /** The direction when the table is sorted by this column, otherwise undefined. */
  readonly sorted: SortDirection | undefined;
  readonly onSort: () => void;
  readonly width?: number | string;
}

const Arrow = ({ sorted }: { sorted: SortDirection | undefined }) => (
  <svg width="10" height="12" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
    <path d="M5 1 1.5 5h7L5 1Z" fill="currentColor" opacity={sorted === 'asc' ? 1 : 0.3} />
    <path d="M5 11 1.5 7h7L5 11Z" fill="currentColor" opacity={sorted === 'desc' ? 1 : 0.3} />
  </svg>
);

export const SortableTh = ({ children, sorted, onSort, width }: SortableThProps) => (
  <Table.Th
    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    {...(width !== undefined ? { w: width } : {})}
  >
    <UnstyledButton
      onClick={onSort}
      fw={600}
      fz="sm"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
    >
      {children}
      <Arrow sorted={sorted} />
    </UnstyledButton>
  </Table.Th>
);
