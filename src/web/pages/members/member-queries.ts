/** Members of an organization: list, give a role, take a role away. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { ME_KEY } from '../../auth/me-query.js';

export type Member = Schemas['Member'];

export interface NewMember {
  readonly email: string;
  readonly role: string;
  readonly name?: string;
  readonly password?: string;
}

const membersKey = (orgId: string) => ['orgs', orgId, 'members'] as const;

export const membersQuery = (orgId: string) =>
  queryOptions({
    queryKey: membersKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId } }, signal })),
  });

/** After a change the member list and the user's own roles may both differ. */
const useRefreshMembers = (orgId: string) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: ME_KEY }),
    ]);
};

export const useAddMember = (orgId: string) => {
  const refresh = useRefreshMembers(orgId);
  return useMutation({
    mutationFn: (body: NewMember) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/members', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
};

export const useRemoveMember = (orgId: string) => {
  const refresh = useRefreshMembers(orgId);
  return useMutation({
    mutationFn: (membershipId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/members/{membershipId}', {
          params: { path: { orgId, membershipId } },
        }),
      ),
    onSuccess: refresh,
  });
};
