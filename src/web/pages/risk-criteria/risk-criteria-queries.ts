/** The AI risk criteria through the API: the overview, the draft's edit and discard, the workflow steps and the diff. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import type { paths } from '../../api/schema.js';
import { approvalStepRequest } from '../../components/approval-step.js';
import type { ApprovalStep } from '../../components/approval-step.js';

export type RiskCriteriaVersion = Schemas['RiskCriteriaVersion'];
export type RiskCriteria = Schemas['RiskCriteria'];
export type RiskCriteriaAction = RiskCriteriaVersion['availableActions'][number];
export type RiskCriteriaDiff = Schemas['RiskCriteriaVersionDiff'];
export type RiskScaleLevel = RiskCriteria['likelihood']['levels'][number];
export type RiskLevel = RiskCriteria['levels'][number];
export type AuditeeRole = RiskCriteria['acceptanceAuthority'][string][number];
export type RiskCriteriaBody = NonNullable<
  paths['/api/v1/orgs/{orgId}/risk-criteria/{versionId}']['patch']['requestBody']
>['content']['application/json'];

const criteriaKey = (orgId: string) => ['orgs', orgId, 'risk-criteria'] as const;

export const riskCriteriaQuery = (orgId: string) =>
  queryOptions({
    queryKey: criteriaKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risk-criteria', { params: { path: { orgId } }, signal }),
      ),
  });

/** After any change: the criteria, the risks scored with them and the trail. */
const staleAfterChange = (orgId: string) => [
  criteriaKey(orgId),
  ['orgs', orgId, 'risks'],
  ['orgs', orgId, 'audit-log'],
];

/** Opens a draft, starting from the criteria in force (or the defaults). */
export const useOpenRiskCriteriaDraft = (orgId: string) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/risk-criteria', { params: { path: { orgId } }, body: {} }),
      ),
    staleAfterChange(orgId),
  );

export const useSaveRiskCriteriaDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    (body: RiskCriteriaBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/risk-criteria/{versionId}', {
          params: { path: { orgId, versionId } },
          body,
        }),
      ),
    staleAfterChange(orgId),
  );

/** A step of the approval workflow; the reply is the version after it. */
export const useRiskCriteriaStep = (orgId: string, versionId: string) =>
  useRefreshingMutation((step: ApprovalStep) => {
    const { route, body } = approvalStepRequest(
      '/api/v1/orgs/{orgId}/risk-criteria/{versionId}',
      step,
    );
    return unwrap(api.POST(route, { params: { path: { orgId, versionId } }, body }));
  }, staleAfterChange(orgId));

export const useDiscardRiskCriteriaDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/risk-criteria/{versionId}', {
          params: { path: { orgId, versionId } },
        }),
      ),
    staleAfterChange(orgId),
  );

/** What the version changes against the criteria in force. */
export const riskCriteriaDiffQuery = (orgId: string, versionId: string) =>
  queryOptions({
    queryKey: [...criteriaKey(orgId), 'diff', versionId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risk-criteria/{versionId}/diff', {
          params: { path: { orgId, versionId } },
          signal,
        }),
      ),
  });
