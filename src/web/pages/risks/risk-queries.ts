/**
 * The AI risk register through the API: one risk, the heat map, the risk
 * criteria in force, and the changes to a risk beyond its fields (re-assess,
 * treatment actions, acceptances, closing). Every change answers the risk as
 * it now is, which replaces its cached copy and refreshes the lists and the
 * heat map.
 */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { useRegisterSave } from '../../registers/register-mutations.js';
import { registerKeys } from '../../registers/register-queries.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type RiskBody = RegisterBody<'risks'>;
export type RiskHeatMap = Schemas['RiskHeatMap'];
export type HeatMapGrid = NonNullable<RiskHeatMap['inherent']>;
export type HeatMapCell = HeatMapGrid['cells'][number][number];
export type RiskCriteriaOverview = Schemas['RiskCriteriaOverview'];
export type RiskCriteria = Schemas['RiskCriteria'];

type RiskPath = '/api/v1/orgs/{orgId}/risks/{riskId}';
type JsonBody<Path extends keyof paths> = paths[Path] extends {
  post: { requestBody: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
export type ReassessBody = JsonBody<`${RiskPath}/reassess`>;
export type TreatmentActionBody = JsonBody<`${RiskPath}/treatment-actions`>;
export type AcceptanceBody = JsonBody<`${RiskPath}/acceptances`>;

/** Under the lists, so every change to a risk refreshes the heat map too. */
export const riskHeatMapQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...registerKeys.lists(orgId, 'risks'), 'heat-map'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risks/heat-map', { params: { path: { orgId } }, signal }),
      ),
  });

export type RiskTrend = Schemas['RiskTrend'];

/** Under the lists too: a change to a risk changes the month under way. */
export const riskTrendQuery = (orgId: string, months = 12) =>
  queryOptions({
    queryKey: [...registerKeys.lists(orgId, 'risks'), 'trend', months],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risks/trend', {
          params: { path: { orgId }, query: { months } },
          signal,
        }),
      ),
  });

/** The risk criteria: the version in force (if any is approved), the open draft, all versions. */
export const riskCriteriaQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'risk-criteria', 'overview'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/risk-criteria', { params: { path: { orgId } }, signal }),
      ),
  });

const useRiskChange = <Input>(orgId: string, request: (input: Input) => Promise<Schemas['Risk']>) =>
  useRegisterSave(orgId, 'risks', request);

export const useReassess = (orgId: string, riskId: string) =>
  useRiskChange(orgId, (body: ReassessBody) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/reassess', {
        params: { path: { orgId, riskId } },
        body,
      }),
    ),
  );

/** Adds a treatment action, or changes the one with this id. */
export const useSaveTreatmentAction = (orgId: string, riskId: string, actionId?: string) =>
  useRiskChange(orgId, (body: TreatmentActionBody) =>
    unwrap(
      actionId === undefined
        ? api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/treatment-actions', {
            params: { path: { orgId, riskId } },
            body,
          })
        : api.PATCH('/api/v1/orgs/{orgId}/risks/{riskId}/treatment-actions/{actionId}', {
            params: { path: { orgId, riskId, actionId } },
            body,
          }),
    ),
  );

export const useRemoveTreatmentAction = (orgId: string, riskId: string) =>
  useRiskChange(orgId, (actionId: string) =>
    unwrap(
      api.DELETE('/api/v1/orgs/{orgId}/risks/{riskId}/treatment-actions/{actionId}', {
        params: { path: { orgId, riskId, actionId } },
      }),
    ),
  );

export const useRequestAcceptance = (orgId: string, riskId: string) =>
  useRiskChange(orgId, () =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/request-acceptance', {
        params: { path: { orgId, riskId } },
      }),
    ),
  );

export const useAcceptRisk = (orgId: string, riskId: string) =>
  useRiskChange(orgId, (body: AcceptanceBody) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/acceptances', {
        params: { path: { orgId, riskId } },
        body,
      }),
    ),
  );

export const useRevokeAcceptance = (orgId: string, riskId: string) =>
  useRiskChange(orgId, (acceptanceId: string) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/acceptances/{acceptanceId}/revoke', {
        params: { path: { orgId, riskId, acceptanceId } },
      }),
    ),
  );

export const useCloseRisk = (orgId: string, riskId: string) =>
  useRiskChange(orgId, () =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/risks/{riskId}/close', {
        params: { path: { orgId, riskId } },
      }),
    ),
  );
