/**
 * The shape of every register's list: a page asked for, bounded; a sort
 * field taken only from the register's own whitelist; and the page that
 * comes back. Registers add their own filters on top.
 */

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/** What a caller may ask of any register list. */
export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
  readonly search?: string;
}

export interface SortRequest<F extends string> {
  readonly sort?: F;
  readonly direction?: SortDirection;
}

/** A register's sortable fields and the one used unless another is asked for. */
export interface SortSpec<F extends string> {
  readonly fields: readonly F[];
  readonly default: F;
}

/** What a register's list query gets besides its own filters. */
export interface ListWindow {
  readonly offset: number;
  readonly limit: number;
  /** Today (UTC) as YYYY-MM-DD, for date filters. */
  readonly today: string;
  readonly search?: string;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** The page asked for, bounded: pages from 1, 1–200 rows each (25 unless said). */
export const pageWindow = ({
  page,
  pageSize,
}: {
  readonly page?: number | undefined;
  readonly pageSize?: number | undefined;
}) => {
  const whole = (value: number | undefined, fallback: number) =>
    value !== undefined && Number.isFinite(value) ? Math.trunc(value) : fallback;
  const safePage = Math.max(1, whole(page, 1));
  const safeSize = Math.min(MAX_PAGE_SIZE, Math.max(1, whole(pageSize, DEFAULT_PAGE_SIZE)));
  return { page: safePage, pageSize: safeSize, offset: (safePage - 1) * safeSize, limit: safeSize };
};

/** The sort asked for when the register allows it, else its default; ascending unless said. */
export const chosenSort = <F extends string>(
  spec: SortSpec<F>,
  request: SortRequest<F>,
): { sort: F; direction: SortDirection } => ({
  sort:
    request.sort !== undefined && spec.fields.includes(request.sort) ? request.sort : spec.default,
  direction: request.direction === 'desc' ? 'desc' : 'asc',
});

/** The search text, trimmed; absent when blank. */
export const searchOf = (search: string | undefined): { search?: string } => {
  const text = search?.trim();
  return text ? { search: text } : {};
};

/** The list window for a request on a given day. */
export const listWindowOf = (request: PageRequest, today: string) => {
  const { page, pageSize, offset, limit } = pageWindow(request);
  return { page, pageSize, window: { offset, limit, today, ...searchOf(request.search) } };
};
