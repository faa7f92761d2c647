/** `/` opens the remembered (or first) organization, or the catalog for users without one. */
import { Navigate } from 'react-router';
import { orgPath } from './current-org.js';
import { useDefaultOrg } from './active-org.js';

export const HomeRedirect = () => {
  const membership = useDefaultOrg();
  return <Navigate to={membership ? orgPath(membership.organization.id) : '/catalog'} replace />;
};
