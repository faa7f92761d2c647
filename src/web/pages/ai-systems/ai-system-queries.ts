/** Reading, adding and changing AI systems through the API. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { registerKeys } from '../../registers/register-queries.js';

export type AiSystem = Schemas['AiSystem'];
/** Everything the add form sends; the edit form sends the same fields. */
export type AiSystemBody =
  paths['/api/v1/orgs/{orgId}/ai-systems']['post']['requestBody']['content']['application/json'];

const aiSystemsKey = (orgId: string) => registerKeys.all(orgId, 'ai-systems');

/**
 * The whole inventory, sorted by name, for pickers (the scope's AI systems):
 * pages of 200 until every system is read.
 */
export const allAiSystemsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...aiSystemsKey(orgId), 'all'],
    queryFn: async ({ signal }) => {
      const items: AiSystem[] = [];
      for (let page = 1; ; page += 1) {
        const result = await unwrap(
          api.GET('/api/v1/orgs/{orgId}/ai-systems', {
            params: { path: { orgId }, query: { sort: 'name', page, pageSize: 200 } },
            signal,
          }),
        );
        items.push(...result.items);
        if (result.items.length === 0 || items.length >= result.total) return items;
      }
    },
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
    mutationFn: (body: AiSystemBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/ai-systems', { params: { path: { orgId } }, body })),
    onSuccess: (created) => {
      queryClient.setQueryData(aiSystemQuery(orgId, created.id).queryKey, created);
      return queryClient.invalidateQueries({ queryKey: aiSystemsKey(orgId) });
    },
  });
};

export const useUpdateAiSystem = (orgId: string, aiSystemId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AiSystemBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/ai-systems/{aiSystemId}', {
          params: { path: { orgId, aiSystemId } },
          body,
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(aiSystemQuery(orgId, updated.id).queryKey, updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: aiSystemsKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit-log'] }),
      ]);
    },
  });
};
