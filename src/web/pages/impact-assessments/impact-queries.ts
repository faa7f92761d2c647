/** Impact assessments through the API: the overview, one version, a system's versions, drafts, workflow steps, the PDF and raising a risk from a harm. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import type { paths } from '../../api/schema.js';
import { approvalStepRequest } from '../../components/approval-step.js';
import type { ApprovalStep } from '../../components/approval-step.js';
import { downloadFile } from '../../components/export-download.js';

export type ImpactOverview = Schemas['ImpactAssessmentOverview'];
export type ImpactSystemLine = ImpactOverview['systems'][number];
export type ImpactVersion = Schemas['ImpactAssessmentVersion'];
export type ImpactContent = Schemas['ImpactAssessmentContent'];
export type ImpactItem = ImpactContent['impacts'][number];
export type MeasureItem = ImpactContent['measures'][number];
export type ImpactChanges = Schemas['ImpactAssessmentChanges'];
export type ImpactProfile = Schemas['ImpactProfile'];
export type ImpactAction = ImpactVersion['availableActions'][number];
export type ImpactBody = NonNullable<
  paths['/api/v1/orgs/{orgId}/impact-assessments/{versionId}']['patch']['requestBody']
>['content']['application/json'];

const assessmentsKey = (orgId: string) => ['orgs', orgId, 'impact-assessments'] as const;

export const impactOverviewQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...assessmentsKey(orgId), 'overview'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/impact-assessments', { params: { path: { orgId } }, signal }),
      ),
  });

export const impactVersionQuery = (orgId: string, versionId: string) =>
  queryOptions({
    queryKey: [...assessmentsKey(orgId), 'version', versionId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/impact-assessments/{versionId}', {
          params: { path: { orgId, versionId } },
          signal,
        }),
      ),
  });

export const impactHistoryQuery = (orgId: string, aiSystemId: string) =>
  queryOptions({
    queryKey: [...assessmentsKey(orgId), 'system', aiSystemId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/ai-systems/{aiSystemId}/impact-assessments', {
          params: { path: { orgId, aiSystemId } },
          signal,
        }),
      ),
  });

/** After any change: every assessment query, the risks drawn from harms and the trail. */
const staleAfterChange = (orgId: string) => [
  assessmentsKey(orgId),
  ['orgs', orgId, 'risks'],
  ['orgs', orgId, 'audit-log'],
];

/** Opens a draft for the AI system, starting from its approved assessment if it has one. */
export const useStartImpactAssessment = (orgId: string) =>
  useRefreshingMutation(
    (aiSystemId: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/ai-systems/{aiSystemId}/impact-assessments', {
          params: { path: { orgId, aiSystemId } },
          body: {},
        }),
      ),
    staleAfterChange(orgId),
  );

export const useSaveImpactDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    (body: ImpactBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/impact-assessments/{versionId}', {
          params: { path: { orgId, versionId } },
          body,
        }),
      ),
    staleAfterChange(orgId),
  );

export const useImpactStep = (orgId: string, versionId: string) =>
  useRefreshingMutation((step: ApprovalStep) => {
    const { route, body } = approvalStepRequest(
      '/api/v1/orgs/{orgId}/impact-assessments/{versionId}',
      step,
    );
    return unwrap(api.POST(route, { params: { path: { orgId, versionId } }, body }));
  }, staleAfterChange(orgId));

export const useDiscardImpactDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/impact-assessments/{versionId}', {
          params: { path: { orgId, versionId } },
        }),
      ),
    staleAfterChange(orgId),
  );

/** Downloads the version as a PDF with the session; resolves with the file name. */
export const downloadImpactPdf = (orgId: string, versionId: string): Promise<string> =>
  downloadFile(
    `/api/v1/orgs/${encodeURIComponent(orgId)}/impact-assessments/${encodeURIComponent(versionId)}/pdf`,
    'impact-assessment.pdf',
  );

/**
 * Raises a risk in the register from a harm of the version; the version's
 * `raisedRisks` then names it. A harm already raised answers RISK_ALREADY_RAISED,
 * and the refreshed version shows the risk raised before.
 */
export const useRaiseRiskFromHarm = (orgId: string, versionId: string) => {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all(
      staleAfterChange(orgId).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  return useMutation({
    mutationFn: (impactId: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/impact-assessments/{versionId}/impacts/{impactId}/risk', {
          params: { path: { orgId, versionId, impactId } },
        }),
      ),
    onSuccess: refresh,
    onError: (error) =>
      error instanceof ApiError && error.code === 'RISK_ALREADY_RAISED' ? refresh() : undefined,
  });
};
