/** Adding, changing and deleting context issues and interested parties through the API. */
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { useRegisterDelete, useRegisterSave } from '../../registers/register-mutations.js';

export type ContextIssue = Schemas['ContextIssue'];
export type InterestedParty = Schemas['InterestedParty'];
export type ContextIssueBody =
  paths['/api/v1/orgs/{orgId}/context-issues']['post']['requestBody']['content']['application/json'];
export type InterestedPartyBody =
  paths['/api/v1/orgs/{orgId}/interested-parties']['post']['requestBody']['content']['application/json'];

export const useSaveContextIssue = (orgId: string, issueId: string | undefined) =>
  useRegisterSave(orgId, 'context-issues', (body: ContextIssueBody) =>
    unwrap(
      issueId === undefined
        ? api.POST('/api/v1/orgs/{orgId}/context-issues', { params: { path: { orgId } }, body })
        : api.PATCH('/api/v1/orgs/{orgId}/context-issues/{contextIssueId}', {
            params: { path: { orgId, contextIssueId: issueId } },
            body,
          }),
    ),
  );

export const useDeleteContextIssue = (orgId: string) =>
  useRegisterDelete(orgId, 'context-issues', (contextIssueId) =>
    unwrap(
      api.DELETE('/api/v1/orgs/{orgId}/context-issues/{contextIssueId}', {
        params: { path: { orgId, contextIssueId } },
      }),
    ),
  );

export const useSaveInterestedParty = (orgId: string, partyId: string | undefined) =>
  useRegisterSave(orgId, 'interested-parties', (body: InterestedPartyBody) =>
    unwrap(
      partyId === undefined
        ? api.POST('/api/v1/orgs/{orgId}/interested-parties', { params: { path: { orgId } }, body })
        : api.PATCH('/api/v1/orgs/{orgId}/interested-parties/{interestedPartyId}', {
            params: { path: { orgId, interestedPartyId: partyId } },
            body,
          }),
    ),
  );

export const useDeleteInterestedParty = (orgId: string) =>
  useRegisterDelete(orgId, 'interested-parties', (interestedPartyId) =>
    unwrap(
      api.DELETE('/api/v1/orgs/{orgId}/interested-parties/{interestedPartyId}', {
        params: { path: { orgId, interestedPartyId } },
      }),
    ),
  );
