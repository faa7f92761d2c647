/** Builds every service over one set of dependencies (the composition roots call this). */
import { CATALOG } from '../domain/catalog/index.js';
import { createAiSystemService } from './registers/ai-system.service.js';
import { createAuditLogService } from './audit-log.service.js';
import { createAuthService } from './auth.service.js';
import {
  createContextIssueService,
  createInterestedPartyService,
} from './registers/context.service.js';
import { createClimateDecisionService } from './registers/context-climate.service.js';
import type { ServiceDeps } from './context.js';
import { createDemoSeedService } from './demo-seed.service.js';
import { createDocumentVersionService } from './registers/document-version.service.js';
import { createDocumentService } from './registers/document.service.js';
import { createEvidenceService } from './registers/evidence.service.js';
import { createFileService } from './file.service.js';
import { createObligationService } from './registers/obligation.service.js';
import { createOrganizationControlService } from './registers/organization-control.service.js';
import { createInvitationService } from './invitation.service.js';
import { createOrganizationService } from './organization.service.js';
import { createObjectiveService } from './registers/objective.service.js';
import { createRequiredDocumentsService } from './required-documents.service.js';
import { createRegisterTransferService } from './register-transfer.service.js';
import { createRiskCriteriaService } from './risk-criteria.service.js';
import { createRiskService } from './registers/risk.service.js';
import { createRiskReportService } from './risk-report.service.js';
import { createRiskTrendService } from './risk-trend.service.js';
import { createRiskTreatmentPlanService } from './risk-treatment-plan.service.js';
import { createScopeService } from './scope.service.js';
import { createSoaService } from './soa.service.js';
import { createSecondFactorService } from './second-factor.service.js';
import { createSystemService } from './system.service.js';
import { createJobRunner } from './jobs/job-runner.js';
import { jobDefinitions } from './jobs/job-definitions.js';
import { createNotificationService } from './notification.service.js';
import { createImpactAssessmentService } from './impact-assessment.service.js';

const createCoreServices = (deps: ServiceDeps) => ({
  deps,
  auth: createAuthService(deps),
  secondFactor: createSecondFactorService(deps),
  organizations: createOrganizationService(deps),
  invitations: createInvitationService(deps),
  aiSystems: createAiSystemService(deps),
  auditLog: createAuditLogService(deps),
  system: createSystemService(deps.database),
  scope: createScopeService(deps),
  riskCriteria: createRiskCriteriaService(deps),
  risks: createRiskService(deps),
  riskTrend: createRiskTrendService(deps),
  riskReport: createRiskReportService(deps),
  organizationControls: createOrganizationControlService(deps),
  treatmentPlans: createRiskTreatmentPlanService(deps),
  soa: createSoaService(deps),
  objectives: createObjectiveService(deps),
  transfers: createRegisterTransferService(deps),
  contextIssues: createContextIssueService(deps),
  interestedParties: createInterestedPartyService(deps),
  climateDecisions: createClimateDecisionService(deps),
  obligations: createObligationService(deps),
  documents: createDocumentService(deps),
  documentVersions: createDocumentVersionService(deps),
  evidence: createEvidenceService(deps),
  requiredDocuments: createRequiredDocumentsService(deps),
  files: createFileService(deps),
  catalog: { get: () => CATALOG },
  notifications: createNotificationService(deps),
  jobs: createJobRunner(deps, jobDefinitions(deps)),
  impactAssessments: createImpactAssessmentService(deps),
});

export type CoreServices = ReturnType<typeof createCoreServices>;

export const createServices = (deps: ServiceDeps) => {
  const core = createCoreServices(deps);
  return { ...core, demo: createDemoSeedService(core) };
};

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceDeps } from './context.js';
