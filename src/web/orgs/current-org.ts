/**
 * The organization of the page being shown (from the URL), with what the
 * user may do there: the API's `permissions`, used as they are.
 */
import { createContext, use } from 'react';
import type { OrgMembership, Permission } from '../auth/me-query.js';

export const CurrentOrgContext = createContext<OrgMembership | null>(null);

export const useCurrentOrg = (): OrgMembership => {
  const membership = use(CurrentOrgContext);
  if (!membership) throw new Error('useCurrentOrg is only available under /orgs/:orgId');
  return membership;
};

export const can = (membership: OrgMembership | undefined, permission: Permission): boolean =>
  membership?.permissions.includes(permission) ?? false;

/** Whether the API lets the user do this in the current organization. */
export const useCan = (permission: Permission): boolean => can(useCurrentOrg(), permission);

/** Path of a page inside an organization, e.g. orgPath(id, 'ai-systems'). */
export const orgPath = (orgId: string, ...segments: string[]): string =>
  ['', 'orgs', orgId, ...segments].map(encodeURIComponent).join('/');
