/**
 * The AI risk treatment plan through the API: the overview (the plan in
 * force, the open version, every version, the live plan and what changed
 * since approval), one version with its snapshot, opening a draft, the
 * workflow steps, discarding the draft and the diff against the plan in force.
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import { approvalStepRequest } from '../../components/approval-step.js';
import type { ApprovalStep } from '../../components/approval-step.js';

export type TreatmentPlanOverview = Schemas['RiskTreatmentPlanOverview'];
export type TreatmentPlanVersionSummary = Schemas['RiskTreatmentPlanVersionSummary'];
export type TreatmentPlanVersion = Schemas['RiskTreatmentPlanVersion'];
export type TreatmentPlanSnapshot = Schemas['RiskTreatmentPlanSnapshot'];
export type TreatmentPlanSummary = Schemas['RiskTreatmentPlanSummary'];
export type TreatmentPlanEntry = Schemas['RiskTreatmentPlanEntry'];
export type TreatmentPlanDiff = Schemas['RiskTreatmentPlanDiff'];
export type TreatmentPlanVersionDiff = Schemas['RiskTreatmentPlanVersionDiff'];
export type ChangedPlanEntry = TreatmentPlanDiff['changed'][number];
export type ComparedField = ChangedPlanEntry['fields'][number];
export type TreatmentPlanAction = TreatmentPlanVersionSummary['availableActions'][number];

/** A step of the plan's workflow: the approval steps every record shares, and re-taking the snapshot. */
export type TreatmentPlanStep = ApprovalStep | { action: 'refresh' };

const planKey = (orgId: string) => ['orgs', orgId, 'risk-treatment-plans'] as const;

export const treatmentPlanQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...planKey(orgId), 'overview'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risk-treatment-plans', {
          params: { path: { orgId } },
          signal,
        }),
      ),
  });

/** One version with its frozen snapshot; a version's snapshot changes only while it is a draft. */
export const treatmentPlanVersionQuery = (orgId: string, versionId: string) =>
  queryOptions({
    queryKey: [...planKey(orgId), 'version', versionId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}', {
          params: { path: { orgId, versionId } },
          signal,
        }),
      ),
  });

/** What the version changes against the plan in force, action by action. */
export const treatmentPlanDiffQuery = (orgId: string, versionId: string) =>
  queryOptions({
    queryKey: [...planKey(orgId), 'diff', versionId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}/diff', {
          params: { path: { orgId, versionId } },
          signal,
        }),
      ),
  });

/** After any change: every plan query and the trail. */
const staleAfterChange = (orgId: string) => [planKey(orgId), ['orgs', orgId, 'audit-log']];

/** Opens a draft that freezes the plan as the risk register stands now. */
export const useOpenTreatmentPlanDraft = (orgId: string) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/risk-treatment-plans', {
          params: { path: { orgId } },
          body: {},
        }),
      ),
    staleAfterChange(orgId),
  );

/** A step of the workflow; the reply is the version after it. */
export const useTreatmentPlanStep = (orgId: string, versionId: string) =>
  useRefreshingMutation((step: TreatmentPlanStep) => {
    const versionRoute = '/api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}';
    const params = { path: { orgId, versionId } };
    if (step.action === 'refresh')
      return unwrap(api.POST(`${versionRoute}/refresh`, { params, body: {} }));
    const { route, body } = approvalStepRequest(versionRoute, step);
    return unwrap(api.POST(route, { params, body }));
  }, staleAfterChange(orgId));

export const useDiscardTreatmentPlanDraft = (orgId: string, versionId: string) =>
  useRefreshingMutation(
    () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}', {
          params: { path: { orgId, versionId } },
        }),
      ),
    staleAfterChange(orgId),
  );
