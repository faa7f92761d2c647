/**
 * The Statement of Applicability through the API: the live SoA with its
 * filters, one entry, changing an entry, the versions, opening and
 * refreshing a draft, the workflow steps, publishing and comparing.
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import { approvalStepRequest } from '../../components/approval-step.js';
import type { ApprovalStep } from '../../components/approval-step.js';

export type SoaOverview = Schemas['SoaOverview'];
export type SoaEntry = Schemas['SoaEntry'];
export type SoaEntryRow = Schemas['SoaEntryRow'];
/** What the entry dialog edits: the decision of a row or of a whole entry. */
export type SoaDecisionOf = Pick<
  SoaEntryRow,
  | 'controlId'
  | 'title'
  | 'applicability'
  | 'justification'
  | 'implementationStatus'
  | 'ownerUserId'
  | 'reviewDate'
>;
export type SoaEntryView = Schemas['SoaEntryView'];
export type SoaEntryChange = Schemas['SoaEntryChange'];
export type SoaVersionSummary = Schemas['SoaVersionSummary'];
export type SoaVersion = Schemas['SoaVersion'];
export type SoaComparison = Schemas['SoaComparison'];
export type SoaApplicability = SoaEntry['applicability'];
export type SoaImplementationStatus = SoaEntry['implementationStatus'];
export type SoaVersionAction = SoaVersionSummary['availableActions'][number];

export interface SoaFilter {
  readonly objective?: string | undefined;
  readonly applicability?: SoaApplicability | undefined;
  readonly status?: SoaImplementationStatus | undefined;
  readonly owner?: string | undefined;
  readonly reviewDue?: 'true' | 'false' | undefined;
  readonly evidence?: 'none' | 'expired' | 'expiring' | undefined;
}

/** The filter without its absent fields (the query type admits no undefined). */
const definedOf = (filter: SoaFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as {
    [K in keyof SoaFilter]-?: Exclude<SoaFilter[K], undefined>;
  };

const soaKey = (orgId: string) => ['orgs', orgId, 'soa'] as const;

export const soaQuery = (orgId: string, filter: SoaFilter) =>
  queryOptions({
    queryKey: [...soaKey(orgId), 'overview', filter] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/soa', {
          params: { path: { orgId }, query: definedOf(filter) },
          signal,
        }),
      ),
  });

export const soaEntryQuery = (orgId: string, controlId: string) =>
  queryOptions({
    queryKey: [...soaKey(orgId), 'entry', controlId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/soa/entries/{controlId}', {
          params: { path: { orgId, controlId } },
          signal,
        }),
      ),
  });

export const soaVersionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...soaKey(orgId), 'versions'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/soa/versions', { params: { path: { orgId } }, signal })),
  });

export const soaCompareQuery = (orgId: string, base: number, next: number) =>
  queryOptions({
    queryKey: [...soaKey(orgId), 'compare', base, next] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/soa/compare', {
          params: { path: { orgId }, query: { base, next } },
          signal,
        }),
      ),
  });

const staleAfterChange = (orgId: string) => [soaKey(orgId), ['orgs', orgId, 'audit-log']];

export const useUpdateSoaEntry = (orgId: string, controlId: string) =>
  useRefreshingMutation(
    (change: SoaEntryChange) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/soa/entries/{controlId}', {
          params: { path: { orgId, controlId } },
          body: change,
        }),
      ),
    staleAfterChange(orgId),
  );

export const useOpenSoaDraft = (orgId: string) =>
  useRefreshingMutation(
    (changeSummary: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/soa/versions', {
          params: { path: { orgId } },
          body: { changeSummary },
        }),
      ),
    staleAfterChange(orgId),
  );

export type SoaStep = ApprovalStep | { action: 'refresh' } | { action: 'publish' };

export const useSoaStep = (orgId: string, version: number) =>
  useRefreshingMutation((step: SoaStep) => {
    const versionRoute = '/api/v1/orgs/{orgId}/soa/versions/{version}';
    const params = { path: { orgId, version } };
    if (step.action === 'refresh')
      return unwrap(api.POST(`${versionRoute}/refresh`, { params, body: {} }));
    if (step.action === 'publish')
      return unwrap(api.POST(`${versionRoute}/publish`, { params, body: {} }));
    const { route, body } = approvalStepRequest(versionRoute, step);
    return unwrap(api.POST(route, { params, body }));
  }, staleAfterChange(orgId));

export const useDiscardSoaDraft = (orgId: string, version: number) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/soa/versions/{version}', {
          params: { path: { orgId, version } },
        }),
      ),
    staleAfterChange(orgId),
  );

export const soaExportUrl = (orgId: string, format: 'xlsx' | 'csv' | 'pdf', version?: number) =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/soa/export?format=${format}${version === undefined ? '' : `&version=${version}`}`;
