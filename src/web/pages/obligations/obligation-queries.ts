/** Reading, adding, changing and deleting obligations through the API. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import type { ObligationListParams } from './obligation-list-params.js';

export type Obligation = Schemas['Obligation'];
export type ObligationBody =
  paths['/api/v1/orgs/{orgId}/obligations']['post']['requestBody']['content']['application/json'];

const obligationsKey = (orgId: string) => ['orgs', orgId, 'obligations'] as const;

export const obligationsQuery = (orgId: string, params: ObligationListParams) =>
  queryOptions({
    queryKey: [...obligationsKey(orgId), 'list', params],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/obligations', {
          params: {
            path: { orgId },
            query: {
              sort: params.sort,
              direction: params.direction,
              page: params.page,
              pageSize: params.pageSize,
              ...(params.search.trim() !== '' ? { search: params.search.trim() } : {}),
              ...(params.kind !== null ? { kind: params.kind } : {}),
              ...(params.status !== null ? { complianceStatus: params.status } : {}),
              ...(params.aiSystemId !== null ? { aiSystemId: params.aiSystemId } : {}),
              ...(params.ownerUserId !== null ? { ownerUserId: params.ownerUserId } : {}),
              ...(params.overdue !== null ? { overdue: params.overdue } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const obligationQuery = (orgId: string, obligationId: string) =>
  queryOptions({
    queryKey: [...obligationsKey(orgId), 'one', obligationId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/obligations/{obligationId}', {
          params: { path: { orgId, obligationId } },
          signal,
        }),
      ),
  });

export const useSaveObligation = (orgId: string, obligationId: string | undefined) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ObligationBody) =>
      unwrap(
        obligationId === undefined
          ? api.POST('/api/v1/orgs/{orgId}/obligations', { params: { path: { orgId } }, body })
          : api.PATCH('/api/v1/orgs/{orgId}/obligations/{obligationId}', {
              params: { path: { orgId, obligationId } },
              body,
            }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(obligationQuery(orgId, saved.id).queryKey, saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...obligationsKey(orgId), 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit-log'] }),
      ]);
    },
  });
};

export const useDeleteObligation = (orgId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (obligationId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/obligations/{obligationId}', {
          params: { path: { orgId, obligationId } },
        }),
      ),
    onSuccess: (_, obligationId) => {
      queryClient.removeQueries({ queryKey: obligationQuery(orgId, obligationId).queryKey });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...obligationsKey(orgId), 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit-log'] }),
      ]);
    },
  });
};
