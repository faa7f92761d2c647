/** The AIMS scope through the API: the overview, the draft's edit and discard, the workflow steps and the diff. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

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

/** A step of the approval workflow; the reply is the version after it. */
export type ScopeStep = { action: 'submit' | 'approve' } | { action: 'return'; comment: string };

export const useScopeStep = (orgId: string, versionId: string) => {
  const refresh = useRefresh(orgId);
  const path = { orgId, versionId };
  return useMutation({
    mutationFn: (step: ScopeStep) => {
      switch (step.action) {
        case 'submit':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/scope/versions/{versionId}/submit', {
              params: { path },
              body: {},
            }),
          );
        case 'approve':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/scope/versions/{versionId}/approve', {
              params: { path },
              body: {},
            }),
          );
        case 'return':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/scope/versions/{versionId}/return', {
              params: { path },
              body: { comment: step.comment },
            }),
          );
      }
    },
    onSuccess: refresh,
  });
};

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
