/**
 * Every migration, in order. Listed statically so the compiled server and the
 * TypeScript test run see the same set; the key is the migration's name.
 */
import type { Migration } from 'kysely';
import * as createAccountsAndTenants from './2026-11-27T1800-create-accounts-and-tenants.js';
import * as createAuditLog from './2026-11-27T1810-create-audit-log.js';
import * as createAiSystem from './2026-11-27T1820-create-ai-system.js';
import * as extendAiSystem from './2026-11-28T0900-extend-ai-system.js';
import * as createPreworkRegisters from './2026-11-28T0910-create-prework-registers.js';
import * as addApprovalWorkflow from './2026-12-01T2200-add-approval-workflow.js';
import * as addLoginThrottle from './2026-12-02T0100-add-login-throttle.js';
import * as createJobsAndNotifications from './2026-12-02T0100-create-jobs-and-notifications.js';
import * as createInvitations from './2026-12-02T0200-create-invitations.js';
import * as createAuditCheckpoints from './2026-12-02T0300-create-audit-checkpoints.js';
import * as createSecondFactor from './2026-12-02T0400-create-second-factor.js';
import * as createFileStore from './2026-12-02T0500-create-file-store.js';
import * as addRegisterSortIndexes from './2026-12-02T0600-add-register-sort-indexes.js';
import * as createOrganizationRevision from './2026-12-02T0700-create-organization-revision.js';
import * as notifyAccessChanges from './2026-12-03T0100-notify-access-changes.js';
import * as addRegisterSearchIndexes from './2026-12-03T0200-add-register-search-indexes.js';
import * as classifyAiSystemsUnderEuAiAct from './2026-12-03T1100-classify-ai-systems-under-eu-ai-act.js';
import * as addDocumentControl from './2026-12-03T1200-add-document-control.js';
import * as addClimateDecisionsScopeLinksObjectivePlanning from './2026-12-03T1400-add-climate-decisions-scope-links-objective-planning.js';
import * as addObligationNaturalSortKeys from './2026-12-03T1500-add-obligation-natural-sort-keys.js';
import * as addAuditLogFilterIndexes from './2026-12-03T1501-add-audit-log-filter-indexes.js';
import * as addRiskCriteria from './2026-12-03T1600-add-risk-criteria.js';
import * as addImpactAssessments from './2026-12-03T1700-add-impact-assessments.js';
import * as addRiskRegister from './2026-12-03T1800-add-risk-register.js';
import * as addOrganizationControlsAndTreatmentPlan from './2026-12-03T1900-add-organization-controls-and-treatment-plan.js';
import * as addRiskTrend from './2026-12-03T2000-add-risk-trend.js';
import * as addEvidence from './2026-12-07T1400-add-evidence.js';
import * as addEvidenceLinkDates from './2026-12-07T2300-add-evidence-link-dates.js';
import * as addStatementOfApplicability from './2026-12-07T1400-add-statement-of-applicability.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026-11-27T1800-create-accounts-and-tenants': createAccountsAndTenants,
  '2026-11-27T1810-create-audit-log': createAuditLog,
  '2026-11-27T1820-create-ai-system': createAiSystem,
  '2026-11-28T0900-extend-ai-system': extendAiSystem,
  '2026-11-28T0910-create-prework-registers': createPreworkRegisters,
  '2026-12-01T2200-add-approval-workflow': addApprovalWorkflow,
  '2026-12-02T0100-add-login-throttle': addLoginThrottle,
  '2026-12-02T0100-create-jobs-and-notifications': createJobsAndNotifications,
  '2026-12-02T0200-create-invitations': createInvitations,
  '2026-12-02T0300-create-audit-checkpoints': createAuditCheckpoints,
  '2026-12-02T0400-create-second-factor': createSecondFactor,
  '2026-12-02T0500-create-file-store': createFileStore,
  '2026-12-02T0600-add-register-sort-indexes': addRegisterSortIndexes,
  '2026-12-02T0700-create-organization-revision': createOrganizationRevision,
  '2026-12-03T0100-notify-access-changes': notifyAccessChanges,
  '2026-12-03T0200-add-register-search-indexes': addRegisterSearchIndexes,
  '2026-12-03T1100-classify-ai-systems-under-eu-ai-act': classifyAiSystemsUnderEuAiAct,
  '2026-12-03T1200-add-document-control': addDocumentControl,
  '2026-12-03T1400-add-climate-decisions-scope-links-objective-planning':
    addClimateDecisionsScopeLinksObjectivePlanning,
  '2026-12-03T1500-add-obligation-natural-sort-keys': addObligationNaturalSortKeys,
  '2026-12-03T1501-add-audit-log-filter-indexes': addAuditLogFilterIndexes,
  '2026-12-03T1600-add-risk-criteria': addRiskCriteria,
  '2026-12-03T1700-add-impact-assessments': addImpactAssessments,
  '2026-12-03T1800-add-risk-register': addRiskRegister,
  '2026-12-03T1900-add-organization-controls-and-treatment-plan':
    addOrganizationControlsAndTreatmentPlan,
  '2026-12-03T2000-add-risk-trend': addRiskTrend,
  '2026-12-07T1400-add-evidence': addEvidence,
  '2026-12-07T1400-add-statement-of-applicability': addStatementOfApplicability,
  '2026-12-07T2300-add-evidence-link-dates': addEvidenceLinkDates,
};
