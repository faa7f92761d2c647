/** Tenant and role checks of the context-issue, interested-party and obligation routes. */
import { describeOrgRouteAccess } from '../harness/access.js';
import { contextAndObligationsAccess } from './access/context-and-obligations.cases.js';

describeOrgRouteAccess(contextAndObligationsAccess);
