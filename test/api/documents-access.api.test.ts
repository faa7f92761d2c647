/** Tenant and role checks of every document and required-documents route. */
import { describeOrgRouteAccess } from '../harness/access.js';
import { documentsAccess } from './access/documents.cases.js';

describeOrgRouteAccess(documentsAccess);
