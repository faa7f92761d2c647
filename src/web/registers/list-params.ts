/**
 * A register's view (search, filters, sort, page) in the URL, derived from
 * its declared filters and sort fields: read drops anything it does not
 * know, write leaves defaults out, so links stay short and survive Back.
 */
import type { SortDirection } from '../components/sortable-th.js';
import type { FilterDeclaration, SortDeclaration } from './declaration.js';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface ListParams {
  readonly search: string;
  /** Filter values by the list route's query parameter; null means "any". */
  readonly filters: Readonly<Record<string, string | null>>;
  readonly sort: string;
  readonly direction: SortDirection;
  readonly page: number;
  readonly pageSize: number;
}

export interface ListCodecInput {
  readonly filters: readonly FilterDeclaration[];
  readonly sort: SortDeclaration;
  /**
   * URL names for filters whose address name differs from the API parameter
   * (kept so bookmarks made before keep working), e.g. `{ complianceStatus: 'status' }`.
   */
  readonly urlNames?: Readonly<Record<string, string>>;
  /** Parameters every address of this list carries, e.g. the tab it is on: `{ tab: 'parties' }`. */
  readonly constants?: Readonly<Record<string, string>>;
}

export type ListQuery = Readonly<Record<string, string | number>>;

export interface ListCodec {
  readonly defaults: ListParams;
  readonly read: (params: URLSearchParams) => ListParams;
  readonly write: (list: ListParams) => URLSearchParams;
  readonly hasFilters: (list: ListParams) => boolean;
  /** The change that clears the search and every filter. */
  readonly noFilters: Partial<ListParams>;
  /** The list route's query: every set filter, the trimmed search, sort and window. */
  readonly toQuery: (list: ListParams) => ListQuery;
}

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number > 0 ? number : fallback;
};

/** The filter's value if the declaration allows it, otherwise null. */
export const filterValue = (filter: FilterDeclaration, raw: string | null): string | null => {
  if (raw === null || raw.trim() === '') return null;
  switch (filter.type) {
    case 'choice':
      return filter.choices?.some((choice) => choice.value === raw) === true ? raw : null;
    case 'boolean':
      return raw === 'true' || raw === 'false' ? raw : null;
    case 'member':
    case 'ai_system':
      return raw.trim();
  }
};

export const listCodec = (input: ListCodecInput): ListCodec => {
  const { filters, sort, urlNames = {}, constants = {} } = input;
  const urlName = (filter: FilterDeclaration) => urlNames[filter.param] ?? filter.param;
  const noFilterValues = Object.fromEntries(filters.map((filter) => [filter.param, null]));
  const defaults: ListParams = {
    search: '',
    filters: noFilterValues,
    sort: sort.default,
    direction: 'asc',
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  };
  const sortFields = new Set(sort.fields.map((entry) => entry.field));

  const read = (params: URLSearchParams): ListParams => {
    const sortField = params.get('sort');
    const pageSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
    return {
      search: params.get('q') ?? '',
      filters: Object.fromEntries(
        filters.map((filter) => [filter.param, filterValue(filter, params.get(urlName(filter)))]),
      ),
      sort: sortField !== null && sortFields.has(sortField) ? sortField : sort.default,
      direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
      page: positive(params.get('page'), 1),
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    };
  };

  const write = (list: ListParams): URLSearchParams => {
    const params = new URLSearchParams(constants);
    if (list.search !== '') params.set('q', list.search);
    for (const filter of filters) {
      const value = list.filters[filter.param] ?? null;
      if (value !== null) params.set(urlName(filter), value);
    }
    if (list.sort !== defaults.sort) params.set('sort', list.sort);
    if (list.direction !== defaults.direction) params.set('dir', list.direction);
    if (list.page !== defaults.page) params.set('page', String(list.page));
    if (list.pageSize !== defaults.pageSize) params.set('pageSize', String(list.pageSize));
    return params;
  };

  const hasFilters = (list: ListParams): boolean =>
    list.search.trim() !== '' ||
    filters.some((filter) => (list.filters[filter.param] ?? null) !== null);

  const toQuery = (list: ListParams): ListQuery => {
    // A register without sort fields has one fixed order, and its route takes no sort.
    const order = sortFields.size > 0 ? { sort: list.sort, direction: list.direction } : {};
    const query: Record<string, string | number> = {
      ...order,
      page: list.page,
      pageSize: list.pageSize,
    };
    if (list.search.trim() !== '') query.search = list.search.trim();
    for (const filter of filters) {
      const value = list.filters[filter.param] ?? null;
      if (value !== null) query[filter.param] = value;
    }
    return query;
  };

  return {
    defaults,
    read,
    write,
    hasFilters,
    noFilters: { search: '', filters: noFilterValues },
    toQuery,
  };
};
