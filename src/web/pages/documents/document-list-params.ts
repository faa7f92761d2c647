/** The documents register's view (search, filters, sort, page) lives in the URL. */
import type { SortDirection } from '../../components/sortable-th.js';
import { oneOf } from '../../labels/ai-classification.js';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  type DocumentKind,
  type DocumentStatus,
} from '../../labels/documents.js';

export const DOCUMENT_SORT_FIELDS = [
  'title',
  'kind',
  'status',
  'nextReviewDate',
  'createdAt',
  'updatedAt',
] as const;
export type DocumentSortField = (typeof DOCUMENT_SORT_FIELDS)[number];
export const DOCUMENT_PAGE_SIZES = [10, 25, 50, 100] as const;

export interface DocumentListParams {
  readonly search: string;
  readonly kind: DocumentKind | null;
  readonly status: DocumentStatus | null;
  readonly overdue: boolean;
  readonly sort: DocumentSortField;
  readonly direction: SortDirection;
  readonly page: number;
  readonly pageSize: number;
}

const DEFAULTS: DocumentListParams = {
  search: '',
  kind: null,
  status: null,
  overdue: false,
  sort: 'title',
  direction: 'asc',
  page: 1,
  pageSize: 25,
};

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

export const readDocumentListParams = (params: URLSearchParams): DocumentListParams => {
  const sort = params.get('sort');
  const pageSize = positive(params.get('pageSize'), DEFAULTS.pageSize);
  return {
    search: params.get('q') ?? '',
    kind: oneOf(DOCUMENT_KIND_LABELS, params.get('kind')),
    status: oneOf(DOCUMENT_STATUS_LABELS, params.get('status')),
    overdue: params.get('overdue') === 'true',
    sort: DOCUMENT_SORT_FIELDS.find((field) => field === sort) ?? DEFAULTS.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: positive(params.get('page'), DEFAULTS.page),
    pageSize: (DOCUMENT_PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULTS.pageSize,
  };
};

export const writeDocumentListParams = (list: DocumentListParams): URLSearchParams => {
  const params = new URLSearchParams();
  if (list.search !== '') params.set('q', list.search);
  if (list.kind !== null) params.set('kind', list.kind);
  if (list.status !== null) params.set('status', list.status);
  if (list.overdue) params.set('overdue', 'true');
  if (list.sort !== DEFAULTS.sort) params.set('sort', list.sort);
  if (list.direction !== DEFAULTS.direction) params.set('dir', list.direction);
  if (list.page !== DEFAULTS.page) params.set('page', String(list.page));
  if (list.pageSize !== DEFAULTS.pageSize) params.set('pageSize', String(list.pageSize));
  return params;
};

export const hasDocumentFilters = (list: DocumentListParams): boolean =>
  list.search.trim() !== '' || list.kind !== null || list.status !== null || list.overdue;
