/** The register's view (search, filters, sort, page) lives in the URL, so it can be shared and survives Back. */
import {
  AI_ROLE_LABELS,
  EU_RISK_CLASS_LABELS,
  oneOf,
  type AiRole,
  type EuRiskClass,
} from '../../labels/ai-classification.js';
import { isLifecycleStage, type LifecycleStage } from '../../labels/lifecycle-stages.js';
import type { SortDirection } from '../../components/sortable-th.js';

export const SORT_FIELDS = ['name', 'lifecycleStage', 'createdAt', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
import { PAGE_SIZES } from '../../registers/list-params.js';

export interface ListParams {
  readonly search: string;
  readonly stage: LifecycleStage | null;
  readonly scope: 'true' | 'false' | null;
  readonly riskClass: EuRiskClass | null;
  readonly aiRole: AiRole | null;
  readonly sort: SortField;
  readonly direction: SortDirection;
  readonly page: number;
  readonly pageSize: number;
}

const DEFAULTS: ListParams = {
  search: '',
  stage: null,
  scope: null,
  riskClass: null,
  aiRole: null,
  sort: 'name',
  direction: 'asc',
  page: 1,
  pageSize: 25,
};

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

export const readListParams = (params: URLSearchParams): ListParams => {
  const stage = params.get('stage');
  const scope = params.get('scope');
  const sort = params.get('sort');
  const pageSize = positive(params.get('pageSize'), DEFAULTS.pageSize);
  return {
    search: params.get('q') ?? '',
    stage: isLifecycleStage(stage) ? stage : null,
    scope: scope === 'true' || scope === 'false' ? scope : null,
    riskClass: oneOf(EU_RISK_CLASS_LABELS, params.get('risk')),
    aiRole: oneOf(AI_ROLE_LABELS, params.get('role')),
    sort: SORT_FIELDS.find((field) => field === sort) ?? DEFAULTS.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: positive(params.get('page'), DEFAULTS.page),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULTS.pageSize,
  };
};

export const writeListParams = (list: ListParams): URLSearchParams => {
  const params = new URLSearchParams();
  if (list.search !== '') params.set('q', list.search);
  if (list.stage !== null) params.set('stage', list.stage);
  if (list.scope !== null) params.set('scope', list.scope);
  if (list.riskClass !== null) params.set('risk', list.riskClass);
  if (list.aiRole !== null) params.set('role', list.aiRole);
  if (list.sort !== DEFAULTS.sort) params.set('sort', list.sort);
  if (list.direction !== DEFAULTS.direction) params.set('dir', list.direction);
  if (list.page !== DEFAULTS.page) params.set('page', String(list.page));
  if (list.pageSize !== DEFAULTS.pageSize) params.set('pageSize', String(list.pageSize));
  return params;
};

export const hasFilters = (list: ListParams): boolean =>
  list.search.trim() !== '' ||
  list.stage !== null ||
  list.scope !== null ||
  list.riskClass !== null ||
  list.aiRole !== null;
