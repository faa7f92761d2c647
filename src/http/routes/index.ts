/** Every resource's routes, registered in this order by buildApp. */
import { aiSystemRoutes } from './ai-systems/routes.js';
import { auditLogRoutes } from './audit-log/routes.js';
import { authRoutes } from './auth/routes.js';
import { secondFactorRoutes } from './auth/second-factor.routes.js';
import { catalogRoutes } from './catalog/routes.js';
import { contextRoutes } from './context/routes.js';
import { documentRoutes } from './documents/routes.js';
import { evidenceRoutes } from './evidence/routes.js';
import { healthRoutes } from './health/routes.js';
import { invitationRoutes } from './invitations/routes.js';
import { obligationRoutes } from './obligations/routes.js';
import { orgRoutes } from './orgs/routes.js';
import { organizationControlRoutes } from './organization-controls/routes.js';
import { registerCatalogRoutes } from './registers/routes.js';
import { requiredDocumentRoutes } from './required-documents/routes.js';
import { objectiveRoutes } from './objectives/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { riskCriteriaRoutes } from './risk-criteria/routes.js';
import { riskTreatmentPlanRoutes } from './risk-treatment-plans/routes.js';
import { riskRoutes } from './risks/routes.js';
import { scopeRoutes } from './scope/routes.js';
import { soaRoutes } from './soa/routes.js';
import { transferRoutes } from './transfers/routes.js';
import { impactAssessmentRoutes } from './impact-assessments/routes.js';

export const ROUTE_PLUGINS = [
  healthRoutes,
  authRoutes,
  secondFactorRoutes,
  catalogRoutes,
  registerCatalogRoutes,
  orgRoutes,
  invitationRoutes,
  auditLogRoutes,
  aiSystemRoutes,
  scopeRoutes,
  riskCriteriaRoutes,
  riskRoutes,
  organizationControlRoutes,
  riskTreatmentPlanRoutes,
  soaRoutes,
  objectiveRoutes,
  transferRoutes,
  contextRoutes,
  obligationRoutes,
  documentRoutes,
  requiredDocumentRoutes,
  evidenceRoutes,
  notificationRoutes,
  impactAssessmentRoutes,
] as const;
