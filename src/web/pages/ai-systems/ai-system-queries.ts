/** AI systems as the API answers them, and the whole inventory for pickers. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { registerKeys } from '../../registers/register-queries.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type AiSystem = Schemas['AiSystem'];
export type AiSystemBody = RegisterBody<'ai-systems'>;

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
