/** Tenant and role checks of the foundation's organization-scoped routes. */
import { describeOrgRouteAccess } from '../harness/access.js';
import { organizationAccess } from './access/organization.cases.js';

describeOrgRouteAccess(organizationAccess);
