/** Reading and adding AI systems through the API. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { ListParams } from './list-params.js';

export type AiSystem = Schemas['AiSystem'];
export type NewAiSystem = Pick<AiSystem, 'name' | 'purpose' | 'lifecycleStage' | 'isInScope'>;

const aiSystemsKey = (orgId: string) => ['orgs', orgId, 'ai-systems'] as const;

export const aiSystemsQuery = (orgId: string, params: ListParams) =>
  queryOptions({
    queryKey: [...aiSystemsKey(orgId), 'list', params],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/ai-systems', {
          params: {
            path: { orgId },
            query: {
              sort: params.sort,
              direction: params.direction,
              page: params.page,
              pageSize: params.pageSize,
              ...(params.search.trim() !== '' ? { search: params.search.trim() } : {}),
              ...(params.stage !== null ? { lifecycleStage: params.stage } : {}),
              ...(params.scope !== null ? { isInScope: params.scope } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const aiSystemQuery = (orgId: string, aiSystemId: string) =>
  queryOptions({
    queryKey: [...aiSystemsKey(orgId), 'one', aiSystemId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/ai-systems/{aiSystemId}', {
          params: { path: { orgId, aiSystemId } },
          signal,
        }),
      ),
  });

export const useCreateAiSystem = (orgId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAiSystem) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/ai-systems', { params: { path: { orgId } }, body })),
    onSuccess: (created) => {
      queryClient.setQueryData(aiSystemQuery(orgId, created.id).queryKey, created);
      return queryClient.invalidateQueries({ queryKey: aiSystemsKey(orgId) });
    },
  });
};
