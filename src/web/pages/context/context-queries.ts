/** Reading, adding, changing and deleting context issues and interested parties through the API. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { invalidateAfterChange } from '../../registers/register-queries.js';

export type ContextIssue = Schemas['ContextIssue'];
export type InterestedParty = Schemas['InterestedParty'];
export type ContextIssueBody =
  paths['/api/v1/orgs/{orgId}/context-issues']['post']['requestBody']['content']['application/json'];
export type InterestedPartyBody =
  paths['/api/v1/orgs/{orgId}/interested-parties']['post']['requestBody']['content']['application/json'];

/** After any change the list and the audit trail may both differ. */
const useRefresh = (path: 'context-issues' | 'interested-parties', orgId: string) => {
  const queryClient = useQueryClient();
  return () => invalidateAfterChange(queryClient, orgId, path);
};

export const useSaveContextIssue = (orgId: string, issueId: string | undefined) => {
  const refresh = useRefresh('context-issues', orgId);
  return useMutation({
    mutationFn: (body: ContextIssueBody) =>
      unwrap(
        issueId === undefined
          ? api.POST('/api/v1/orgs/{orgId}/context-issues', { params: { path: { orgId } }, body })
          : api.PATCH('/api/v1/orgs/{orgId}/context-issues/{contextIssueId}', {
              params: { path: { orgId, contextIssueId: issueId } },
              body,
            }),
      ),
    onSuccess: refresh,
  });
};

export const useDeleteContextIssue = (orgId: string) => {
  const refresh = useRefresh('context-issues', orgId);
  return useMutation({
    mutationFn: (contextIssueId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/context-issues/{contextIssueId}', {
          params: { path: { orgId, contextIssueId } },
        }),
      ),
    onSuccess: refresh,
  });
};

export const useSaveInterestedParty = (orgId: string, partyId: string | undefined) => {
  const refresh = useRefresh('interested-parties', orgId);
  return useMutation({
    mutationFn: (body: InterestedPartyBody) =>
      unwrap(
        partyId === undefined
          ? api.POST('/api/v1/orgs/{orgId}/interested-parties', {
              params: { path: { orgId } },
              body,
            })
          : api.PATCH('/api/v1/orgs/{orgId}/interested-parties/{interestedPartyId}', {
              params: { path: { orgId, interestedPartyId: partyId } },
              body,
            }),
      ),
    onSuccess: refresh,
  });
};

export const useDeleteInterestedParty = (orgId: string) => {
  const refresh = useRefresh('interested-parties', orgId);
  return useMutation({
    mutationFn: (interestedPartyId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/interested-parties/{interestedPartyId}', {
          params: { path: { orgId, interestedPartyId } },
        }),
      ),
    onSuccess: refresh,
  });
};
