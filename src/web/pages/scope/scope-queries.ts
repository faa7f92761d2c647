/** The AIMS scope through the API: the overview, the draft's edit and discard, the workflow steps and the diff. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import type { paths } from '../../api/schema.js';
import { approvalStepRequest } from '../../components/approval-step.js';
import type { ApprovalStep } from '../../components/approval-step.js';
import { scopeCoverageQuery } from './scope-considered-queries.js';

export type ScopeOverview = Schemas['ScopeOverview'];
export type ScopeVersion = Schemas['ScopeVersion'];
export type ScopeAction = ScopeVersion['availableActions'][number];
export type ScopeVersionDiff = Schemas['ScopeVersionDiff'];
export type ScopeBody =
  paths['/api/v1/orgs/{orgId}/scope/versions']['post']['requestBody']['content']['application/json'];

const scopeKey = (orgId: string) => ['orgs', orgId, 'scope'] as const;

export const scopeQuery = (orgId: string) =>
  queryOptions({
    queryKey: scopeKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/scope', { params: { path: { orgId } }, signal })),
  });

/** After any change: the scope, its coverage of the inventory, the required-documents register (RD-01) and the trail. */
const staleAfterChange = (orgId: string) => [
  scopeKey(orgId),
  scopeCoverageQuery(orgId).queryKey,
  ['orgs', orgId, 'required-documents'],
  ['orgs', orgId, 'audit-log'],
];

/** Opens a draft; with no body it starts from the approved scope. */
export const useOpenScopeDraft = (orgId: string) =>
  useRefreshingMutation(
    (body: ScopeBody | void) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/scope/versions', {
          params: { path: { orgId } },
          body: body ?? {},
        }),
      ),
    staleAfterChange(orgId),
  );

export const useSaveScopeDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    (body: ScopeBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/scope/versions/{versionId}', {
          params: { path: { orgId, versionId } },
          body,
        }),
      ),
    staleAfterChange(orgId),
  );

/** A step of the approval workflow; the reply is the version after it. */
export const useScopeStep = (orgId: string, versionId: string) =>
  useRefreshingMutation((step: ApprovalStep) => {
    const { route, body } = approvalStepRequest(
      '/api/v1/orgs/{orgId}/scope/versions/{versionId}',
      step,
    );
    return unwrap(api.POST(route, { params: { path: { orgId, versionId } }, body }));
  }, staleAfterChange(orgId));

/** The version side by side with the version in force. */
export const scopeDiffQuery = (orgId: string, versionId: string) =>
  queryOptions({
    queryKey: [...scopeKey(orgId), 'diff', versionId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/scope/versions/{versionId}/diff', {
          params: { path: { orgId, versionId } },
          signal,
        }),
      ),
  });

export const useDiscardScopeDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/scope/versions/{versionId}', {
          params: { path: { orgId, versionId } },
        }),
      ),
    staleAfterChange(orgId),
  );
