/** Reading, adding, changing and deleting context issues and interested parties through the API. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import type { IssueListParams, PartyListParams } from './context-list-params.js';

export type ContextIssue = Schemas['ContextIssue'];
export type InterestedParty = Schemas['InterestedParty'];
export type ContextIssueBody =
  paths['/api/v1/orgs/{orgId}/context-issues']['post']['requestBody']['content']['application/json'];
export type InterestedPartyBody =
  paths['/api/v1/orgs/{orgId}/interested-parties']['post']['requestBody']['content']['application/json'];

const issuesKey = (orgId: string) => ['orgs', orgId, 'context-issues'] as const;
const partiesKey = (orgId: string) => ['orgs', orgId, 'interested-parties'] as const;
const auditLogKey = (orgId: string) => ['orgs', orgId, 'audit-log'] as const;

const searchOf = (search: string) => (search.trim() !== '' ? { search: search.trim() } : {});

export const contextIssuesQuery = (orgId: string, params: IssueListParams) =>
  queryOptions({
    queryKey: [...issuesKey(orgId), 'list', params],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/context-issues', {
          params: {
            path: { orgId },
            query: {
              page: params.page,
              pageSize: params.pageSize,
              ...searchOf(params.search),
              ...(params.kind !== null ? { kind: params.kind } : {}),
              ...(params.climate !== null ? { isClimateRelevant: params.climate } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const interestedPartiesQuery = (orgId: string, params: PartyListParams) =>
  queryOptions({
    queryKey: [...partiesKey(orgId), 'list', params],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/interested-parties', {
          params: {
            path: { orgId },
            query: {
              page: params.page,
              pageSize: params.pageSize,
              ...searchOf(params.search),
              ...(params.kind !== null ? { kind: params.kind } : {}),
              ...(params.open !== null ? { hasUnaddressed: params.open } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** After any change the list and the audit trail may both differ. */
const useRefresh = (key: readonly unknown[], orgId: string) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: auditLogKey(orgId) }),
    ]);
};

export const useSaveContextIssue = (orgId: string, issueId: string | undefined) => {
  const refresh = useRefresh(issuesKey(orgId), orgId);
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
  const refresh = useRefresh(issuesKey(orgId), orgId);
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
  const refresh = useRefresh(partiesKey(orgId), orgId);
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
  const refresh = useRefresh(partiesKey(orgId), orgId);
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
