/**
 * The AI system inventory entry (ISO/IEC 42001 clause 4.1 and Annex A.4): what
 * the system is, who owns it, where it is in its life cycle (ISO/IEC 22989
 * stages), how the organization (ISO/IEC 22989 roles) and the EU AI Act
 * classify it, and whether it is inside the AIMS scope.
 */
import { valuesOf } from '../labelled-values.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOneOf, checkText } from '../validation.js';
import type { Checked } from '../validation.js';
import { atGivenIndex, listOf, optionalOneOf } from './choice-checks.js';
import {
  AI_ROLES,
  AI_SUB_ROLES,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  checkSubRoles,
} from './classification.js';
import type {
  AiRole,
  AiSubRole,
  AutomationLevel,
  DataCategory,
  ThirdPartyComponent,
} from './classification.js';
import { checkEuClassification } from './eu-ai-act-rules.js';
import type { EuClassification, EuClassificationInput } from './eu-ai-act-rules.js';

/** The stages of the AI system life cycle of ISO/IEC 22989, in their order. */
export const LIFECYCLE_STAGE_LABELS = {
  inception: 'Inception',
  design_and_development: 'Design and development',
  verification_and_validation: 'Verification and validation',
  deployment: 'Deployment',
  operation_and_monitoring: 'Operation and monitoring',
  continuous_validation: 'Continuous validation',
  re_evaluation: 'Re-evaluation',
  retirement: 'Retirement',
} as const;
export type LifecycleStage = keyof typeof LIFECYCLE_STAGE_LABELS;
export const LIFECYCLE_STAGES = valuesOf(LIFECYCLE_STAGE_LABELS);

/** Everything about an AI system that a person enters. */
export interface AiSystemDetails extends EuClassification {
  readonly name: string;
  readonly purpose: string;
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly lifecycleStage: LifecycleStage;
  readonly aiRoles: readonly AiRole[];
  readonly aiSubRoles: readonly AiSubRole[];
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
export interface AiSystemInput extends EuClassificationInput {
  readonly name: string;
  readonly purpose: string;
  readonly description?: string | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly lifecycleStage: string;
  readonly aiRoles?: readonly string[] | undefined;
  readonly aiSubRoles?: readonly string[] | undefined;
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

/**
 * "No personal data" excludes the other categories; special-category data
 * is always personal data too, so it brings "Personal data" along.
 */
export const checkDataCategories = (
  issues: FieldIssue[],
  values: readonly string[] | undefined,
): DataCategory[] => {
  const chosen = listOf(issues, 'dataCategories', values, DATA_CATEGORIES);
  if (chosen.includes('none') && chosen.length > 1) {
    const others = chosen.filter((category) => category !== 'none');
    issues.push({
      field: 'dataCategories',
      reason: `"${DATA_CATEGORY_LABELS.none}" cannot be chosen together with ${others
        .map((category) => `"${DATA_CATEGORY_LABELS[category]}"`)
        .join(' or ')}`,
    });
  }
  if (chosen.includes('special_category') && !chosen.includes('personal')) {
    return DATA_CATEGORIES.filter(
      (category) => category === 'personal' || chosen.includes(category),
    );
  }
  return chosen;
};

const checkComponents = (issues: FieldIssue[], input: AiSystemInput) => {
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
  return components;
};

const checkIdentity = (issues: FieldIssue[], input: AiSystemInput) => {
  const description = (input.description ?? '').trim();
  if (description.length > LONG_TEXT_MAX)
    issues.push({ field: 'description', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  return {
    name: checkText(issues, 'name', input.name),
    purpose: checkText(issues, 'purpose', input.purpose, LONG_TEXT_MAX),
    description,
    ownerUserId: input.ownerUserId ?? null,
    lifecycleStage: checkOneOf(issues, 'lifecycleStage', input.lifecycleStage, LIFECYCLE_STAGES),
  };
};

const checkRoles = (issues: FieldIssue[], input: AiSystemInput) => {
  const aiRoles = listOf(issues, 'aiRoles', input.aiRoles, AI_ROLES);
  const aiSubRoles = listOf(issues, 'aiSubRoles', input.aiSubRoles, AI_SUB_ROLES);
  issues.push(
    ...atGivenIndex(checkSubRoles(aiRoles, aiSubRoles), 'aiSubRoles', aiSubRoles, input.aiSubRoles),
  );
  return { aiRoles, aiSubRoles };
};

/**
 * Checks and normalizes an AI system: texts trimmed, lists de-duplicated in
 * their canonical order, and the cross-field rules — sub-roles only under
 * their family, the EU AI Act classification's rules, exclusive data
 * categories, and a reason for every system left out of scope.
 */
export const validateAiSystem = (input: AiSystemInput): Checked<AiSystemDetails> => {
  const issues: FieldIssue[] = [];
  const identity = checkIdentity(issues, input);
  const roles = checkRoles(issues, input);
  const eu = checkEuClassification(input);
  issues.push(...eu.issues);
  const dataCategories = checkDataCategories(issues, input.dataCategories);
  const thirdPartyComponents = checkComponents(issues, input);
  const automationLevel = optionalOneOf(
    issues,
    'automationLevel',
    input.automationLevel,
    AUTOMATION_LEVELS,
  );
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
      ...identity,
      ...roles,
      ...eu.details,
      thirdPartyComponents,
      dataCategories,
      automationLevel,
      humanOversight: (input.humanOversight ?? '').trim(),
      isInScope: input.isInScope,
      outOfScopeReason: input.isInScope ? null : reason,
    },
  };
};
