/** Members of an organization and its invitations: list, invite, resend, revoke, take a role away. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { ME_KEY } from '../../auth/me-query.js';

export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type IssuedInvitation = Schemas['IssuedInvitation'];

export interface NewInvitation {
  readonly email: string;
  readonly role: string;
}

const membersKey = (orgId: string) => ['orgs', orgId, 'members'] as const;
const invitationsKey = (orgId: string) => ['orgs', orgId, 'invitations'] as const;

export const membersQuery = (orgId: string) =>
  queryOptions({
    queryKey: membersKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId } }, signal })),
  });

export const invitationsQuery = (orgId: string) =>
  queryOptions({
    queryKey: invitationsKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/invitations', { params: { path: { orgId } }, signal })),
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

const useRefreshInvitations = (orgId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) });
};

export const useInvite = (orgId: string) => {
  const refresh = useRefreshInvitations(orgId);
  return useMutation({
    mutationFn: (body: NewInvitation) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/invitations', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
};

export const useResendInvitation = (orgId: string) => {
  const refresh = useRefreshInvitations(orgId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/invitations/{invitationId}/resend', {
          params: { path: { orgId, invitationId } },
        }),
      ),
    onSuccess: refresh,
  });
};

export const useRevokeInvitation = (orgId: string) => {
  const refresh = useRefreshInvitations(orgId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/invitations/{invitationId}/revoke', {
          params: { path: { orgId, invitationId } },
        }),
      ),
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
