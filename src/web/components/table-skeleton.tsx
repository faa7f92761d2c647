/** Placeholder rows while a table loads, so the layout does not jump. */
import { Skeleton, Table } from '@mantine/core';

export const TableSkeletonRows = ({ columns, rows = 5 }: { columns: number; rows?: number }) =>
  Array.from({ length: rows }, (_, row) => (
    <Table.Tr key={row} aria-hidden>
      {Array.from({ length: columns }, (_, column) => (
        <Table.Td key={column}>
          <Skeleton height={14} radius="sm" width={column === 0 ? '70%' : '50%'} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
