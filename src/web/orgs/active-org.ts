/**
 * The organization the shell works with: the one in the URL on organization
 * pages, otherwise (catalog, account) the remembered one, or the first.
 */
import { useMatch } from 'react-router';
import { useMe } from '../auth/me-context.js';
import type { OrgMembership } from '../auth/me-query.js';
import { useRememberedOrgId } from './remembered-org.js';

export interface ActiveOrg {
  readonly membership: OrgMembership | undefined;
  /** The org id in the URL, when the page belongs to an organization. */
  readonly urlOrgId: string | undefined;
}

/** The organization to open by default: the remembered one if still a member, else the first. */
export const useDefaultOrg = (): OrgMembership | undefined => {
  const me = useMe();
  const [rememberedId] = useRememberedOrgId();
  return (
    me.memberships.find((entry) => entry.organization.id === rememberedId) ?? me.memberships[0]
  );
};

export const useActiveOrg = (): ActiveOrg => {
  const me = useMe();
  const fallback = useDefaultOrg();
  const urlOrgId = useMatch('/orgs/:orgId/*')?.params.orgId;
  const membership =
    urlOrgId === undefined
      ? fallback
      : me.memberships.find((entry) => entry.organization.id === urlOrgId);
  return { membership, urlOrgId };
};
