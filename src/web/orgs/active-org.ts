/**
 * The organization the shell works with: the one in the URL on organization
 * pages, otherwise the remembered one (on the catalog and account pages).
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

export const useActiveOrg = (): ActiveOrg => {
  const me = useMe();
  const [rememberedId] = useRememberedOrgId();
  const urlOrgId = useMatch('/orgs/:orgId/*')?.params.orgId;
  const id = urlOrgId ?? rememberedId;
  const membership = me.memberships.find((entry) => entry.organization.id === id);
  return { membership, urlOrgId };
};

/** The organization to open by default: the remembered one if still a member, else the first. */
export const useDefaultOrg = (): OrgMembership | undefined => {
  const me = useMe();
  const [rememberedId] = useRememberedOrgId();
  return (
    me.memberships.find((entry) => entry.organization.id === rememberedId) ?? me.memberships[0]
  );
};
