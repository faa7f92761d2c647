/** The AIMS scope through the API: the overview, and the draft's edit, approval and discard. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

export type ScopeOverview = Schemas['ScopeOverview'];
export type ScopeVersion = Schemas['ScopeVersion'];
export type ScopeAction = ScopeVersion['availableActions'][number];
export type ScopeBody =
  paths['/api/v1/orgs/{orgId}/scope/versions']['post']['requestBody']['content']['application/json'];

const scopeKey = (orgId: string) => ['orgs', orgId, 'scope'] as const;

export const scopeQuery = (orgId: string) =>
  queryOptions({
    queryKey: scopeKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/scope', { params: { path: { orgId } }, signal })),
  });

/** After any change: the scope, the required-documents register (RD-01) and the trail. */
const useRefresh = (orgId: string) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [scopeKey(orgId), ['orgs', orgId, 'required-documents'], ['orgs', orgId, 'audit-log']].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
};

/** Opens a draft; with no body it starts from the approved scope. */
export const useOpenScopeDraft = (orgId: string) => {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: ScopeBody | void) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/scope/versions', {
          params: { path: { orgId } },
          body: body ?? {},
        }),
      ),
    onSuccess: refresh,
  });
};

export const useSaveScopeDraft = (orgId: string, versionId: string) => {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: ScopeBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/scope/versions/{versionId}', {
          params: { path: { orgId, versionId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
};

export const useApproveScope = (orgId: string, versionId: string) => {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/scope/versions/{versionId}/approve', {
          params: { path: { orgId, versionId } },
        }),
      ),
    onSuccess: refresh,
  });
};

export const useDiscardScopeDraft = (orgId: string, versionId: string) => {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/scope/versions/{versionId}', {
          params: { path: { orgId, versionId } },
        }),
      ),
    onSuccess: refresh,
  });
};
