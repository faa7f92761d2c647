/** Reading, adding and changing AI systems through the API. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { useRegisterSave } from '../../registers/register-mutations.js';
import { registerKeys } from '../../registers/register-queries.js';

export type AiSystem = Schemas['AiSystem'];
/** Everything the add form sends; the edit form sends the same fields. */
export type AiSystemBody =
  paths['/api/v1/orgs/{orgId}/ai-systems']['post']['requestBody']['content']['application/json'];

/**
 * The whole inventory, sorted by name, for pickers (the scope's AI systems):
 * pages of 200 until every system is read.
 */
export const allAiSystemsQuery = (orgId: string) =>
  queryOptions({
    // Under the lists, so any change to the inventory refreshes the pickers too.
    queryKey: [...registerKeys.lists(orgId, 'ai-systems'), 'all'],
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
    queryKey: registerKeys.one(orgId, 'ai-systems', aiSystemId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/ai-systems/{aiSystemId}', {
          params: { path: { orgId, aiSystemId } },
          signal,
        }),
      ),
  });

export const useSaveAiSystem = (orgId: string, aiSystemId: string | undefined) =>
  useRegisterSave(orgId, 'ai-systems', (body: AiSystemBody) =>
    unwrap(
      aiSystemId === undefined
        ? api.POST('/api/v1/orgs/{orgId}/ai-systems', { params: { path: { orgId } }, body })
        : api.PATCH('/api/v1/orgs/{orgId}/ai-systems/{aiSystemId}', {
            params: { path: { orgId, aiSystemId } },
            body,
          }),
    ),
  );
