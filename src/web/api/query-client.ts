/**
 * One QueryClient for the app. A 401 from any call means the session is gone:
 * the cached user becomes `null`, and RequireAuth sends the user to sign in.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../auth/me-query.js';
import { ApiError } from './client.js';

const isClientError = (error: unknown): boolean =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

export const createQueryClient = (): QueryClient => {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.isUnauthenticated) client.setQueryData(ME_KEY, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !isClientError(error) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
};
