/**
 * The EU AI Act classification of an inventory entry, checked and
 * normalized: a general-purpose AI model is not an AI system (no risk class,
 * route or Art. 50 flags; systemic risk only for a model), the two high-risk
 * routes of Art. 6 with what each needs, and the Art. 6(3) derogation only on
 * the Annex III route, with its reasoning.
 */
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, TEXT_MAX } from '../validation.js';
import type { Checked } from '../validation.js';
import { atGivenIndex, listOf, optionalOneOf } from './choice-checks.js';
import {
  EU_AI_ACT_ROLES,
  EU_AI_ACT_ROLE_LABELS,
  EU_ANNEX_III_AREAS,
  EU_ANNEX_I_RELATIONS,
  EU_DEROGATIONS,
  EU_GPAI_MODEL_ROLES,
  EU_HIGH_RISK_ROUTES,
  EU_RISK_CLASSES,
  EU_TRANSPARENCY_OBLIGATIONS,
} from './eu-ai-act.js';
import type {
  EuAiActRole,
  EuAnnexIRelation,
  EuAnnexIiiArea,
  EuDerogation,
  EuHighRiskRoute,
  EuRiskClass,
  EuTransparencyObligation,
} from './eu-ai-act.js';

export interface EuClassification {
  readonly euAiActRoles: readonly EuAiActRole[];
  /** The entry is a general-purpose AI model (Art. 3(63)), not an AI system. */
  readonly isGeneralPurposeModel: boolean;
  /** A general-purpose AI model with systemic risk (Art. 51). */
  readonly hasSystemicRisk: boolean;
  /** An AI system that integrates a general-purpose AI model. */
  readonly isBuiltOnGeneralPurposeModel: boolean;
  readonly euRiskClass: EuRiskClass | null;
  readonly euHighRiskRoute: EuHighRiskRoute | null;
  readonly euAnnexIRelation: EuAnnexIRelation | null;
  readonly euAnnexILegislation: string;
  readonly isThirdPartyAssessmentRequired: boolean;
  readonly euAnnexIiiArea: EuAnnexIiiArea | null;
  readonly euDerogation: EuDerogation | null;
  readonly euDerogationReasoning: string | null;
  readonly hasTransparencyObligations: boolean;
  readonly euTransparencyObligations: readonly EuTransparencyObligation[];
}

/** The classification as it arrives; anything may be absent. */
export interface EuClassificationInput {
  readonly euAiActRoles?: readonly string[] | undefined;
  readonly isGeneralPurposeModel?: boolean | undefined;
  readonly hasSystemicRisk?: boolean | undefined;
  readonly isBuiltOnGeneralPurposeModel?: boolean | undefined;
  readonly euRiskClass?: string | null | undefined;
  readonly euHighRiskRoute?: string | null | undefined;
  readonly euAnnexIRelation?: string | null | undefined;
  readonly euAnnexILegislation?: string | undefined;
  readonly isThirdPartyAssessmentRequired?: boolean | undefined;
  readonly euAnnexIiiArea?: string | null | undefined;
  readonly euDerogation?: string | null | undefined;
  readonly euDerogationReasoning?: string | null | undefined;
  readonly hasTransparencyObligations?: boolean | undefined;
  readonly euTransparencyObligations?: readonly string[] | undefined;
}

const NOT_FOR_A_MODEL = 'applies to an AI system, not to a general-purpose AI model';

const modelIssues = (c: EuClassification): FieldIssue[] => {
  if (!c.isGeneralPurposeModel) {
    return c.hasSystemicRisk
      ? [
          {
            field: 'hasSystemicRisk',
            reason: 'applies only to a general-purpose AI model (Art. 51)',
          },
        ]
      : [];
  }
  const systemOnly: [string, boolean][] = [
    ['euRiskClass', c.euRiskClass !== null],
    ['euHighRiskRoute', c.euHighRiskRoute !== null],
    ['euAnnexIiiArea', c.euAnnexIiiArea !== null],
    ['euDerogation', c.euDerogation !== null],
    ['hasTransparencyObligations', c.hasTransparencyObligations],
    ['isBuiltOnGeneralPurposeModel', c.isBuiltOnGeneralPurposeModel],
  ];
  const roleIssues = c.euAiActRoles.flatMap((role, index) =>
    (EU_GPAI_MODEL_ROLES as readonly string[]).includes(role)
      ? []
      : [
          {
            field: `euAiActRoles.${index}`,
            reason: `"${EU_AI_ACT_ROLE_LABELS[role]}" is a role for an AI system; a general-purpose AI model has a provider and an authorised representative`,
          },
        ],
  );
  return [
    ...systemOnly
      .filter(([, isSet]) => isSet)
      .map(([field]) => ({ field, reason: NOT_FOR_A_MODEL })),
    ...roleIssues,
  ];
};

const ONLY_ANNEX_III = 'applies only on the Annex III route (Art. 6(2))';

const annexIIssues = (c: EuClassification): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (c.euRiskClass !== 'high_risk')
    issues.push({ field: 'euRiskClass', reason: 'is high-risk on the Art. 6(1) route' });
  if (c.euAnnexIRelation === null)
    issues.push({
      field: 'euAnnexIRelation',
      reason:
        'is required on the Art. 6(1) route: the system is the product or its safety component',
    });
  if (c.euAnnexILegislation === '')
    issues.push({
      field: 'euAnnexILegislation',
      reason: 'is required on the Art. 6(1) route: name the Annex I legislation',
    });
  if (!c.isThirdPartyAssessmentRequired)
    issues.push({
      field: 'isThirdPartyAssessmentRequired',
      reason:
        'must hold on the Art. 6(1) route: without a third-party conformity assessment the system is not high-risk under Art. 6(1)',
    });
  if (c.euAnnexIiiArea !== null) issues.push({ field: 'euAnnexIiiArea', reason: ONLY_ANNEX_III });
  if (c.euDerogation !== null) issues.push({ field: 'euDerogation', reason: ONLY_ANNEX_III });
  return issues;
};

const annexIiiIssues = (c: EuClassification): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (c.euAnnexIiiArea === null)
    issues.push({ field: 'euAnnexIiiArea', reason: 'is required on the Annex III route' });
  if (c.euDerogation === null && c.euRiskClass !== 'high_risk')
    issues.push({
      field: 'euRiskClass',
      reason:
        'is high-risk for an Annex III system unless its provider claims the Art. 6(3) derogation',
    });
  if (c.euDerogation !== null && c.euRiskClass !== 'minimal')
    issues.push({
      field: 'euRiskClass',
      reason:
        'is minimal risk while the provider claims the Art. 6(3) derogation (the system is then not high-risk)',
    });
  if (c.euDerogation !== null && (c.euDerogationReasoning ?? '') === '')
    issues.push({
      field: 'euDerogationReasoning',
      reason:
        'is required with a claimed Art. 6(3) derogation: why the system poses no significant risk',
    });
  return issues;
};

const routeIssues = (c: EuClassification): FieldIssue[] => {
  if (c.euHighRiskRoute === null) {
    return [
      ...(c.euAnnexIiiArea !== null ? [{ field: 'euAnnexIiiArea', reason: ONLY_ANNEX_III }] : []),
      ...(c.euDerogation !== null ? [{ field: 'euDerogation', reason: ONLY_ANNEX_III }] : []),
    ];
  }
  if (c.euRiskClass === 'prohibited')
    return [{ field: 'euHighRiskRoute', reason: 'does not apply to a prohibited practice' }];
  return c.euHighRiskRoute === 'annex_i' ? annexIIssues(c) : annexIiiIssues(c);
};

const checkTextLength = (issues: FieldIssue[], field: string, value: string, max: number) => {
  if (value.length > max) issues.push({ field, reason: `must be at most ${max} characters` });
};

/** Reads the classification's values, reporting unknown ones, before the cross-field rules. */
const readClassification = (
  input: EuClassificationInput,
  issues: FieldIssue[],
): EuClassification => {
  const area = optionalOneOf(issues, 'euAnnexIiiArea', input.euAnnexIiiArea, EU_ANNEX_III_AREAS);
  const givenRoute = optionalOneOf(
    issues,
    'euHighRiskRoute',
    input.euHighRiskRoute,
    EU_HIGH_RISK_ROUTES,
  );
  // A client that names only the Annex III area means the Annex III route.
  const route = input.euHighRiskRoute === undefined && area !== null ? 'annex_iii' : givenRoute;
  const isAnnexI = route === 'annex_i';
  const derogation = optionalOneOf(issues, 'euDerogation', input.euDerogation, EU_DEROGATIONS);
  const reasoning = (input.euDerogationReasoning ?? '').trim();
  const legislation = (input.euAnnexILegislation ?? '').trim();
  checkTextLength(issues, 'euDerogationReasoning', reasoning, LONG_TEXT_MAX);
  checkTextLength(issues, 'euAnnexILegislation', legislation, TEXT_MAX);
  const transparency = listOf(
    issues,
    'euTransparencyObligations',
    input.euTransparencyObligations,
    EU_TRANSPARENCY_OBLIGATIONS,
  );
  return {
    euAiActRoles: listOf(issues, 'euAiActRoles', input.euAiActRoles, EU_AI_ACT_ROLES),
    isGeneralPurposeModel: input.isGeneralPurposeModel ?? false,
    hasSystemicRisk: input.hasSystemicRisk ?? false,
    isBuiltOnGeneralPurposeModel: input.isBuiltOnGeneralPurposeModel ?? false,
    euRiskClass: optionalOneOf(issues, 'euRiskClass', input.euRiskClass, EU_RISK_CLASSES),
    euHighRiskRoute: route,
    // What belongs to the other route or to no derogation is dropped, as the form hides it.
    euAnnexIRelation: isAnnexI
      ? optionalOneOf(issues, 'euAnnexIRelation', input.euAnnexIRelation, EU_ANNEX_I_RELATIONS)
      : null,
    euAnnexILegislation: isAnnexI ? legislation : '',
    isThirdPartyAssessmentRequired: isAnnexI && (input.isThirdPartyAssessmentRequired ?? false),
    euAnnexIiiArea: area,
    euDerogation: derogation,
    euDerogationReasoning: derogation === null ? null : reasoning,
    hasTransparencyObligations:
      (input.hasTransparencyObligations ?? false) || transparency.length > 0,
    euTransparencyObligations: transparency,
  };
};

/**
 * Checks an entry's EU AI Act classification. Listing an Art. 50 obligation
 * sets the transparency flag; the flag alone means "applies, provisions not
 * yet recorded".
 */
export const checkEuClassification = (input: EuClassificationInput): Checked<EuClassification> => {
  const issues: FieldIssue[] = [];
  const details = readClassification(input, issues);
  if (issues.length > 0) return { details, issues };
  const ruleIssues = details.isGeneralPurposeModel
    ? modelIssues(details)
    : [...modelIssues(details), ...routeIssues(details)];
  return {
    details,
    issues: atGivenIndex(ruleIssues, 'euAiActRoles', details.euAiActRoles, input.euAiActRoles),
  };
};
