/**
 * The AI system form's values, built from a stored system (edit) or empty
 * (add), and the request body they become. The API checks every rule; the
 * body only leaves out what the form hides (what belongs to another route, to
 * an AI system when the entry is a model or the other way round, a reason for
 * a system in scope).
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { fieldLabelsOf, foldItemErrors, withRowLabels } from '../../registers/form-labels.js';
import type { RegisterDeclaration } from '../../registers/declaration.js';
import type { AiSystem, AiSystemBody } from './ai-system-queries.js';

export interface ComponentRow {
  readonly key: string;
  component: string;
  supplier: string;
}

export interface AiSystemFormValues extends Record<string, unknown> {
  name: string;
  purpose: string;
  description: string;
  ownerUserId: string | null;
  lifecycleStage: AiSystem['lifecycleStage'];
  aiRoles: AiSystem['aiRoles'];
  aiSubRoles: AiSystem['aiSubRoles'];
  euAiActRoles: AiSystem['euAiActRoles'];
  isGeneralPurposeModel: boolean;
  hasSystemicRisk: boolean;
  isBuiltOnGeneralPurposeModel: boolean;
  euRiskClass: AiSystem['euRiskClass'];
  euHighRiskRoute: AiSystem['euHighRiskRoute'];
  euAnnexIRelation: AiSystem['euAnnexIRelation'];
  euAnnexILegislation: string;
  isThirdPartyAssessmentRequired: boolean;
  euAnnexIiiArea: AiSystem['euAnnexIiiArea'];
  euDerogation: AiSystem['euDerogation'];
  euDerogationReasoning: string;
  hasTransparencyObligations: boolean;
  euTransparencyObligations: AiSystem['euTransparencyObligations'];
  thirdPartyComponents: ComponentRow[];
  dataCategories: AiSystem['dataCategories'];
  automationLevel: AiSystem['automationLevel'];
  humanOversight: string;
  isInScope: boolean;
  outOfScopeReason: string;
}

/** The Mantine form over these values (its type is not exported under Node resolution). */
export type AiSystemForm = ReturnType<typeof useForm<AiSystemFormValues>>;

/** Where the form words a field differently from the register's declaration. */
export const AI_SYSTEM_FORM_WORDING = {
  aiRoles: 'Our AI roles',
  aiSubRoles: 'Our sub-roles',
  outOfScopeReason: 'Reason for leaving it out of scope',
};

/** The list fields whose objections about one item the form shows under the whole field. */
const LIST_FIELDS = ['aiRoles', 'aiSubRoles', 'euAiActRoles', 'euTransparencyObligations'];

export const foldAiSystemErrors = foldItemErrors(LIST_FIELDS);

/** Labels for the API's issues, including those about one component row. */
export const aiSystemFieldLabels = (
  register: Pick<RegisterDeclaration, 'fields'>,
  values: AiSystemFormValues,
): Record<string, string> =>
  withRowLabels(
    fieldLabelsOf(register, AI_SYSTEM_FORM_WORDING),
    'thirdPartyComponents',
    values.thirdPartyComponents.length,
    {
      component: (row) => `Component ${row}`,
      supplier: (row) => `Supplier of component ${row}`,
    },
  );

export const newComponentRow = (component = '', supplier = ''): ComponentRow => ({
  key: randomId(),
  component,
  supplier,
});

export const EMPTY_AI_SYSTEM: AiSystemFormValues = {
  name: '',
  purpose: '',
  description: '',
  ownerUserId: null,
  lifecycleStage: 'inception',
  aiRoles: [],
  aiSubRoles: [],
  euAiActRoles: [],
  isGeneralPurposeModel: false,
  hasSystemicRisk: false,
  isBuiltOnGeneralPurposeModel: false,
  euRiskClass: null,
  euHighRiskRoute: null,
  euAnnexIRelation: null,
  euAnnexILegislation: '',
  isThirdPartyAssessmentRequired: false,
  euAnnexIiiArea: null,
  euDerogation: null,
  euDerogationReasoning: '',
  hasTransparencyObligations: false,
  euTransparencyObligations: [],
  thirdPartyComponents: [],
  dataCategories: [],
  automationLevel: null,
  humanOversight: '',
  isInScope: true,
  outOfScopeReason: '',
};

export const formValuesOf = (system: AiSystem): AiSystemFormValues => ({
  ...EMPTY_AI_SYSTEM,
  name: system.name,
  purpose: system.purpose,
  description: system.description,
  ownerUserId: system.ownerUserId,
  lifecycleStage: system.lifecycleStage,
  aiRoles: [...system.aiRoles],
  aiSubRoles: [...system.aiSubRoles],
  euAiActRoles: [...system.euAiActRoles],
  isGeneralPurposeModel: system.isGeneralPurposeModel,
  hasSystemicRisk: system.hasSystemicRisk,
  isBuiltOnGeneralPurposeModel: system.isBuiltOnGeneralPurposeModel,
  euRiskClass: system.euRiskClass,
  euHighRiskRoute: system.euHighRiskRoute,
  euAnnexIRelation: system.euAnnexIRelation,
  euAnnexILegislation: system.euAnnexILegislation,
  isThirdPartyAssessmentRequired: system.isThirdPartyAssessmentRequired,
  euAnnexIiiArea: system.euAnnexIiiArea,
  euDerogation: system.euDerogation,
  euDerogationReasoning: system.euDerogationReasoning ?? '',
  hasTransparencyObligations: system.hasTransparencyObligations,
  euTransparencyObligations: [...system.euTransparencyObligations],
  thirdPartyComponents: system.thirdPartyComponents.map((row) =>
    newComponentRow(row.component, row.supplier),
  ),
  dataCategories: [...system.dataCategories],
  automationLevel: system.automationLevel,
  humanOversight: system.humanOversight,
  isInScope: system.isInScope,
  outOfScopeReason: system.outOfScopeReason ?? '',
});

type Values = Pick<
  AiSystemFormValues,
  'isGeneralPurposeModel' | 'euRiskClass' | 'euHighRiskRoute' | 'euDerogation'
>;

/** A route is recorded for a high-risk system, or for a minimal-risk one under a derogation. */
export const showsRoute = (values: Values): boolean =>
  !values.isGeneralPurposeModel &&
  (values.euRiskClass === 'high_risk' || values.euRiskClass === 'minimal');

export const isOnRoute = (values: Values, route: 'annex_i' | 'annex_iii'): boolean =>
  showsRoute(values) && values.euHighRiskRoute === route;

/**
 * The data categories after a click: "No personal data" and the personal
 * categories exclude each other (the newest choice wins), and special-category
 * data brings personal data along.
 */
export const exclusiveDataCategories = (
  previous: readonly string[],
  next: readonly string[],
): AiSystemFormValues['dataCategories'] => {
  const chosen = next as AiSystemFormValues['dataCategories'];
  if (chosen.includes('none') && !previous.includes('none')) return ['none'];
  const personal = chosen.filter((category) => category !== 'none');
  if (personal.includes('special_category') && !personal.includes('personal'))
    return ['personal', ...personal];
  return personal;
};

/** The sub-roles still under a chosen family, by the families the declaration groups them in. */
export const subRolesUnder = (
  roles: readonly string[],
  subRoles: AiSystemFormValues['aiSubRoles'],
  groups: readonly { value: string; group?: string }[],
): AiSystemFormValues['aiSubRoles'] =>
  subRoles.filter((subRole) => {
    const family = groups.find((choice) => choice.value === subRole)?.group;
    return family !== undefined && roles.includes(family);
  });

const euBodyOf = (values: AiSystemFormValues) => {
  const isModel = values.isGeneralPurposeModel;
  const onAnnexI = isOnRoute(values, 'annex_i');
  const onAnnexIii = isOnRoute(values, 'annex_iii');
  const derogation = onAnnexIii ? values.euDerogation : null;
  return {
    euAiActRoles: values.euAiActRoles,
    isGeneralPurposeModel: isModel,
    hasSystemicRisk: isModel && values.hasSystemicRisk,
    isBuiltOnGeneralPurposeModel: !isModel && values.isBuiltOnGeneralPurposeModel,
    euRiskClass: isModel ? null : values.euRiskClass,
    euHighRiskRoute: showsRoute(values) ? values.euHighRiskRoute : null,
    euAnnexIRelation: onAnnexI ? values.euAnnexIRelation : null,
    euAnnexILegislation: onAnnexI ? values.euAnnexILegislation : '',
    isThirdPartyAssessmentRequired: onAnnexI && values.isThirdPartyAssessmentRequired,
    euAnnexIiiArea: onAnnexIii ? values.euAnnexIiiArea : null,
    euDerogation: derogation,
    euDerogationReasoning: derogation === null ? null : values.euDerogationReasoning,
    hasTransparencyObligations:
      !isModel &&
      (values.hasTransparencyObligations || values.euTransparencyObligations.length > 0),
    euTransparencyObligations: isModel ? [] : values.euTransparencyObligations,
  };
};

export const requestBodyOf = (values: AiSystemFormValues): AiSystemBody => ({
  name: values.name,
  purpose: values.purpose,
  description: values.description,
  ownerUserId: values.ownerUserId,
  lifecycleStage: values.lifecycleStage,
  aiRoles: values.aiRoles,
  aiSubRoles: values.aiSubRoles,
  ...euBodyOf(values),
  thirdPartyComponents: values.thirdPartyComponents.map(({ component, supplier }) => ({
    component,
    supplier,
  })),
  dataCategories: values.dataCategories,
  automationLevel: values.automationLevel,
  humanOversight: values.humanOversight,
  isInScope: values.isInScope,
  outOfScopeReason: values.isInScope ? null : values.outOfScopeReason,
});
