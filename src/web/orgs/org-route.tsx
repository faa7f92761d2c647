/**
 * Layout of /orgs/:orgId/*: checks membership, remembers the choice, provides
 * the org; and says what to do when the org requires two-step sign-in that
 * this session did not use (its routes answer 403 then).
 */
import { useEffect } from 'react';
import { Navigate, Outlet, useParams } from 'react-router';
import { useMe } from '../auth/me-context.js';
import { NotFoundPage } from '../pages/not-found.js';
import { CurrentOrgContext, can, orgPath } from './current-org.js';
import { useRememberedOrgId } from './remembered-org.js';
import { SecondFactorNotice } from './second-factor-notice.js';

export const OrgRoute = () => {
  const { orgId } = useParams();
  const me = useMe();
  const [rememberedId, setRememberedId] = useRememberedOrgId();
  const membership = me.memberships.find((entry) => entry.organization.id === orgId);

  useEffect(() => {
    if (membership && membership.organization.id !== rememberedId) {
      setRememberedId(membership.organization.id);
    }
  }, [membership, rememberedId, setRememberedId]);

  if (!membership) {
    return (
      <NotFoundPage
        title="Organization not found"
        message="This organization does not exist, or you are not a member of it. Choose one of your organizations in the header."
      />
    );
  }
  if (membership.organization.requireSecondFactor && !me.secondFactor.usedForThisSession) {
    return (
      <SecondFactorNotice
        organizationName={membership.organization.name}
        isEnrolled={me.secondFactor.enabled}
      />
    );
  }
  return (
    <CurrentOrgContext value={membership}>
      <Outlet />
    </CurrentOrgContext>
  );
};

/** /orgs/:orgId opens the first page the user may see there. */
export const OrgHome = () => {
  const me = useMe();
  const { orgId = '' } = useParams();
  const membership = me.memberships.find((entry) => entry.organization.id === orgId);
  if (can(membership, 'ai_system.read'))
    return <Navigate to={orgPath(orgId, 'ai-systems')} replace />;
  if (can(membership, 'members.read')) return <Navigate to={orgPath(orgId, 'members')} replace />;
  return <Navigate to="/catalog" replace />;
};
