/** Where the user is in the register: "26–50 of 132", the page picker and the page size. */
import { Group, Pagination, Select, Text } from '@mantine/core';
import { PAGE_SIZES } from './list-params.js';

interface RegisterPaginationProps {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
  readonly onPageSize: (pageSize: number) => void;
  /** What the count says when there is nothing, e.g. "No documents". */
  readonly emptyText?: string;
}

export const RegisterPagination = (props: RegisterPaginationProps) => {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.total, props.page * props.pageSize);
  return (
    <Group justify="space-between" gap="md" wrap="wrap">
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {props.total === 0
          ? (props.emptyText ?? 'No AI systems')
          : `${first}–${last} of ${props.total}`}
      </Text>
      <Group gap="md">
        <Select
          aria-label="Rows per page"
          data={PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }))}
          value={String(props.pageSize)}
          onChange={(value) => props.onPageSize(Number(value ?? props.pageSize))}
          allowDeselect={false}
          w={140}
          size="xs"
        />
        <Pagination
          total={pages}
          value={Math.min(props.page, pages)}
          onChange={props.onPage}
          size="sm"
          getControlProps={(control) =>
            control === 'previous'
              ? { 'aria-label': 'Previous page' }
              : control === 'next'
                ? { 'aria-label': 'Next page' }
                : {}
          }
          getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
        />
      </Group>
    </Group>
  );
};
