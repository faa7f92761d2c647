/**
 * The context page's view lives in the URL: which tab, and that tab's search,
 * filters and page, so a filtered list can be shared and survives Back.
 */
import { PAGE_SIZES } from '../../registers/list-params.js';
import type { ContextKind } from '../../labels/context.js';

export type ContextTab = 'issues' | 'parties';
type YesNo = 'true' | 'false';

interface ListBase {
  readonly search: string;
  readonly kind: ContextKind | null;
  readonly page: number;
  readonly pageSize: number;
}

export interface IssueListParams extends ListBase {
  /** Climate-relevant issues only ('true') or the others ('false'). */
  readonly climate: YesNo | null;
}

export interface PartyListParams extends ListBase {
  /** Parties with requirements not yet addressed ('true') or with none ('false'). */
  readonly open: YesNo | null;
}

const DEFAULT_PAGE_SIZE = 25;

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const yesNo = (value: string | null): YesNo | null =>
  value === 'true' || value === 'false' ? value : null;

export const readTab = (params: URLSearchParams): ContextTab =>
  params.get('tab') === 'parties' ? 'parties' : 'issues';

const readBase = (params: URLSearchParams): ListBase => {
  const kind = params.get('kind');
  const pageSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    search: params.get('q') ?? '',
    kind: kind === 'internal' || kind === 'external' ? kind : null,
    page: positive(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
};

export const readIssueParams = (params: URLSearchParams): IssueListParams => ({
  ...readBase(params),
  climate: yesNo(params.get('climate')),
});

export const readPartyParams = (params: URLSearchParams): PartyListParams => ({
  ...readBase(params),
  open: yesNo(params.get('open')),
});

const writeBase = (tab: ContextTab, list: ListBase): URLSearchParams => {
  const params = new URLSearchParams();
  if (tab !== 'issues') params.set('tab', tab);
  if (list.search !== '') params.set('q', list.search);
  if (list.kind !== null) params.set('kind', list.kind);
  if (list.page !== 1) params.set('page', String(list.page));
  if (list.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(list.pageSize));
  return params;
};

export const writeIssueParams = (list: IssueListParams): URLSearchParams => {
  const params = writeBase('issues', list);
  if (list.climate !== null) params.set('climate', list.climate);
  return params;
};

export const writePartyParams = (list: PartyListParams): URLSearchParams => {
  const params = writeBase('parties', list);
  if (list.open !== null) params.set('open', list.open);
  return params;
};

/** Switching tab starts the other list afresh. */
export const tabParams = (tab: ContextTab): URLSearchParams =>
  tab === 'issues' ? new URLSearchParams() : new URLSearchParams({ tab });

export const hasIssueFilters = (list: IssueListParams): boolean =>
  list.search.trim() !== '' || list.kind !== null || list.climate !== null;

export const hasPartyFilters = (list: PartyListParams): boolean =>
  list.search.trim() !== '' || list.kind !== null || list.open !== null;
