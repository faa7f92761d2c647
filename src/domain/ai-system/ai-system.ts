/**
 * The AI system inventory entry (ISO/IEC 42001 clause 4.1 and Annex A.4): what
 * the system is, who owns it, where it is in its life cycle (ISO/IEC 22989
 * stages), how the organization and the EU AI Act classify it, and whether it
 * is inside the AIMS scope.
 */
import { valuesOf } from '../labelled-values.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOneOf, checkText } from '../validation.js';
import type { Checked } from '../validation.js';
import {
  AI_ROLES,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
  EU_AI_ACT_ROLES,
  EU_ANNEX_III_AREAS,
  EU_RISK_CLASSES,
} from './classification.js';
import type {
  AiRole,
  AutomationLevel,
  DataCategory,
  EuAiActRole,
  EuAnnexIiiArea,
  EuRiskClass,
  ThirdPartyComponent,
} from './classification.js';

export const LIFECYCLE_STAGE_LABELS = {
  inception: 'Inception',
  design_and_development: 'Design and development',
  verification_and_validation: 'Verification and validation',
  deployment: 'Deployment',
  operation_and_monitoring: 'Operation and monitoring',
  re_evaluation: 'Re-evaluation',
  retirement: 'Retirement',
} as const;
export type LifecycleStage = keyof typeof LIFECYCLE_STAGE_LABELS;
export const LIFECYCLE_STAGES = valuesOf(LIFECYCLE_STAGE_LABELS);

/** Everything about an AI system that a person enters. */
export interface AiSystemDetails {
  readonly name: string;
  readonly purpose: string;
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly lifecycleStage: LifecycleStage;
  readonly aiRoles: readonly AiRole[];
  readonly euAiActRole: EuAiActRole | null;
  readonly euRiskClass: EuRiskClass | null;
  readonly euAnnexIiiArea: EuAnnexIiiArea | null;
  readonly isGeneralPurposeModel: boolean;
  readonly thirdPartyComponents: readonly ThirdPartyComponent[];
  readonly dataCategories: readonly DataCategory[];
  readonly automationLevel: AutomationLevel | null;
  readonly humanOversight: string;
  readonly isInScope: boolean;
  readonly outOfScopeReason: string | null;
}

export interface AiSystem extends AiSystemDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Input as it arrives from a form, the API or an import row; optional parts may be absent. */
export interface AiSystemInput {
  readonly name: string;
  readonly purpose: string;
  readonly description?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly lifecycleStage: string;
  readonly aiRoles?: readonly string[] | undefined;
  readonly euAiActRole?: string | null | undefined;
  readonly euRiskClass?: string | null | undefined;
  readonly euAnnexIiiArea?: string | null | undefined;
  readonly isGeneralPurposeModel?: boolean | undefined;
  readonly thirdPartyComponents?: readonly ThirdPartyComponent[] | undefined;
  readonly dataCategories?: readonly string[] | undefined;
  readonly automationLevel?: string | null | undefined;
  readonly humanOversight?: string | undefined;
  readonly isInScope: boolean;
  readonly outOfScopeReason?: string | null | undefined;
}

export const AI_SYSTEM_SORT_FIELDS = ['name', 'lifecycleStage', 'createdAt', 'updatedAt'] as const;
export type AiSystemSortField = (typeof AI_SYSTEM_SORT_FIELDS)[number];

export const MAX_COMPONENTS = 50;

const optionalOneOf = <T extends string>(
  issues: FieldIssue[],
  field: string,
  value: string | null | undefined,
  allowed: readonly T[],
): T | null =>
  value === null || value === undefined || value === ''
    ? null
    : checkOneOf(issues, field, value, allowed);

const listOf = <T extends string>(
  issues: FieldIssue[],
  field: string,
  values: readonly string[] | undefined,
  allowed: readonly T[],
): T[] => {
  const unique = [...new Set(values ?? [])];
  unique.forEach((value, index) => checkOneOf(issues, `${field}.${index}`, value, allowed));
  return allowed.filter((value) => unique.includes(value));
};

/**
 * Checks and normalizes an AI system: texts trimmed, lists de-duplicated in
 * their canonical order, and the cross-field rules — an Annex III area only
 * for a high-risk system, "no personal data" alone, special-category data
 * counted as personal data, and a reason for every system left out of scope.
 */
export const validateAiSystem = (input: AiSystemInput): Checked<AiSystemDetails> => {
  const issues: FieldIssue[] = [];
  const name = checkText(issues, 'name', input.name);
  const purpose = checkText(issues, 'purpose', input.purpose, LONG_TEXT_MAX);
  const description = (input.description ?? '').trim();
  if (description.length > LONG_TEXT_MAX)
    issues.push({ field: 'description', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  const lifecycleStage = checkOneOf(
    issues,
    'lifecycleStage',
    input.lifecycleStage,
    LIFECYCLE_STAGES,
  );
  const aiRoles = listOf(issues, 'aiRoles', input.aiRoles, AI_ROLES);
  const euAiActRole = optionalOneOf(issues, 'euAiActRole', input.euAiActRole, EU_AI_ACT_ROLES);
  const euRiskClass = optionalOneOf(issues, 'euRiskClass', input.euRiskClass, EU_RISK_CLASSES);
  const euAnnexIiiArea = optionalOneOf(
    issues,
    'euAnnexIiiArea',
    input.euAnnexIiiArea,
    EU_ANNEX_III_AREAS,
  );
  if (euAnnexIiiArea && euRiskClass !== 'high_risk') {
    issues.push({ field: 'euAnnexIiiArea', reason: 'applies only to a high-risk system' });
  }
  let dataCategories = listOf(issues, 'dataCategories', input.dataCategories, DATA_CATEGORIES);
  if (dataCategories.includes('none') && dataCategories.length > 1) {
    issues.push({
      field: 'dataCategories',
      reason: '"none" cannot be combined with other categories',
    });
  }
  if (dataCategories.includes('special_category') && !dataCategories.includes('personal')) {
    const chosen = dataCategories;
    dataCategories = DATA_CATEGORIES.filter(
      (category) => category === 'personal' || chosen.includes(category),
    );
  }
  const components = (input.thirdPartyComponents ?? []).map((entry, index) => ({
    component: checkText(issues, `thirdPartyComponents.${index}.component`, entry.component),
    supplier: checkText(issues, `thirdPartyComponents.${index}.supplier`, entry.supplier),
  }));
  if (components.length > MAX_COMPONENTS) {
    issues.push({
      field: 'thirdPartyComponents',
      reason: `must list at most ${MAX_COMPONENTS} components`,
    });
  }
  const automationLevel = optionalOneOf(
    issues,
    'automationLevel',
    input.automationLevel,
    AUTOMATION_LEVELS,
  );
  const humanOversight = (input.humanOversight ?? '').trim();
  const reason = (input.outOfScopeReason ?? '').trim();
  if (!input.isInScope && reason.length === 0) {
    issues.push({
      field: 'outOfScopeReason',
      reason: 'is required when the system is outside the AIMS scope',
    });
  }
  return {
    issues,
    details: {
      name,
      purpose,
      description,
      ownerUserId: input.ownerUserId ?? null,
      lifecycleStage,
      aiRoles,
      euAiActRole,
      euRiskClass,
      euAnnexIiiArea,
      isGeneralPurposeModel: input.isGeneralPurposeModel ?? false,
      thirdPartyComponents: components,
      dataCategories,
      automationLevel,
      humanOversight,
      isInScope: input.isInScope,
      outOfScopeReason: input.isInScope ? null : reason,
    },
  };
};
