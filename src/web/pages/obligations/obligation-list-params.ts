/**
 * The obligations register's view (search, filters, sort, page) lives in the
 * URL, so it can be shared and survives Back.
 */
import { oneOf } from '../../labels/label-options.js';
import {
  COMPLIANCE_STATUS_LABELS,
  OBLIGATION_KIND_LABELS,
  type ComplianceStatus,
  type ObligationKind,
} from '../../labels/obligations.js';
import type { SortDirection } from '../../components/sortable-th.js';
import { PAGE_SIZES } from '../ai-systems/list-params.js';

export const SORT_FIELDS = [
  'source',
  'reference',
  'complianceStatus',
  'nextReviewDate',
  'updatedAt',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface ObligationListParams {
  readonly search: string;
  readonly kind: ObligationKind | null;
  readonly status: ComplianceStatus | null;
  readonly aiSystemId: string | null;
  readonly ownerUserId: string | null;
  readonly overdue: 'true' | 'false' | null;
  readonly sort: SortField;
  readonly direction: SortDirection;
  readonly page: number;
  readonly pageSize: number;
}

const DEFAULTS: ObligationListParams = {
  search: '',
  kind: null,
  status: null,
  aiSystemId: null,
  ownerUserId: null,
  overdue: null,
  sort: 'source',
  direction: 'asc',
  page: 1,
  pageSize: 25,
};

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const nonEmpty = (value: string | null): string | null =>
  value === null || value.trim() === '' ? null : value;

export const readObligationParams = (params: URLSearchParams): ObligationListParams => {
  const sort = params.get('sort');
  const overdue = params.get('overdue');
  const pageSize = positive(params.get('pageSize'), DEFAULTS.pageSize);
  return {
    search: params.get('q') ?? '',
    kind: oneOf(OBLIGATION_KIND_LABELS, params.get('kind')),
    status: oneOf(COMPLIANCE_STATUS_LABELS, params.get('status')),
    aiSystemId: nonEmpty(params.get('system')),
    ownerUserId: nonEmpty(params.get('owner')),
    overdue: overdue === 'true' || overdue === 'false' ? overdue : null,
    sort: SORT_FIELDS.find((field) => field === sort) ?? DEFAULTS.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: positive(params.get('page'), DEFAULTS.page),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULTS.pageSize,
  };
};

export const writeObligationParams = (list: ObligationListParams): URLSearchParams => {
  const params = new URLSearchParams();
  if (list.search !== '') params.set('q', list.search);
  if (list.kind !== null) params.set('kind', list.kind);
  if (list.status !== null) params.set('status', list.status);
  if (list.aiSystemId !== null) params.set('system', list.aiSystemId);
  if (list.ownerUserId !== null) params.set('owner', list.ownerUserId);
  if (list.overdue !== null) params.set('overdue', list.overdue);
  if (list.sort !== DEFAULTS.sort) params.set('sort', list.sort);
  if (list.direction !== DEFAULTS.direction) params.set('dir', list.direction);
  if (list.page !== DEFAULTS.page) params.set('page', String(list.page));
  if (list.pageSize !== DEFAULTS.pageSize) params.set('pageSize', String(list.pageSize));
  return params;
};

export const NO_FILTERS: Partial<ObligationListParams> = {
  search: '',
  kind: null,
  status: null,
  aiSystemId: null,
  ownerUserId: null,
  overdue: null,
};

export const hasObligationFilters = (list: ObligationListParams): boolean =>
  list.search.trim() !== '' ||
  list.kind !== null ||
  list.status !== null ||
  list.aiSystemId !== null ||
  list.ownerUserId !== null ||
  list.overdue !== null;
