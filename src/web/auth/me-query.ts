/** The signed-in user and their organizations; `null` when nobody is signed in. */
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../api/client.js';
import type { Schemas } from '../api/client.js';

export type Me = Schemas['Me'];
export type OrgMembership = Schemas['OrgMembership'];
export type Permission = OrgMembership['permissions'][number];

export const ME_KEY = ['me'] as const;

export const meQuery = queryOptions({
  queryKey: ME_KEY,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET('/api/v1/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.isUnauthenticated) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});
