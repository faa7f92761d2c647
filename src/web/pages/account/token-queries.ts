/** Personal API tokens: list, create (the secret comes back once), revoke. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';

export type ApiToken = Schemas['ApiToken'];

const TOKENS_KEY = ['auth', 'tokens'] as const;

export const tokensQuery = queryOptions({
  queryKey: TOKENS_KEY,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/auth/tokens', { signal })),
});

export const useCreateToken = () =>
  useRefreshingMutation(
    (name: string) => unwrap(api.POST('/api/v1/auth/tokens', { body: { name } })),
    [TOKENS_KEY],
  );

export const useRevokeToken = () =>
  useRefreshingMutation(
    (tokenId: string) =>
      unwrap(api.DELETE('/api/v1/auth/tokens/{tokenId}', { params: { path: { tokenId } } })),
    [TOKENS_KEY],
  );
