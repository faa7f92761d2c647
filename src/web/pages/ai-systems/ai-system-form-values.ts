/**
 * The AI system form's values, built from a stored system (edit) or empty
 * (add), and the request body they become. The API checks every rule; the
 * body only leaves out what the form hides (an Annex III area for a system
 * that is not high-risk, a reason for a system in scope).
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { FieldLabels } from '../../components/form-errors.js';
import {
  AI_ROLE_LABELS,
  AUTOMATION_LEVEL_LABELS,
  DATA_CATEGORY_LABELS,
  EU_AI_ACT_ROLE_LABELS,
  EU_ANNEX_III_AREA_LABELS,
  EU_RISK_CLASS_LABELS,
  oneOf,
  someOf,
} from '../../labels/ai-classification.js';
import type { LifecycleStage } from '../../labels/lifecycle-stages.js';
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
  lifecycleStage: LifecycleStage;
  aiRoles: string[];
  euAiActRole: string | null;
  euRiskClass: string | null;
  euAnnexIiiArea: string | null;
  isGeneralPurposeModel: boolean;
  thirdPartyComponents: ComponentRow[];
  dataCategories: string[];
  automationLevel: string | null;
  humanOversight: string;
  isInScope: boolean;
  outOfScopeReason: string;
}

/** The Mantine form over these values (its type is not exported under Node resolution). */
export type AiSystemForm = ReturnType<typeof useForm<AiSystemFormValues>>;

export const AI_SYSTEM_LABELS: FieldLabels<AiSystemFormValues> = {
  name: 'Name',
  purpose: 'Purpose',
  description: 'Description',
  ownerUserId: 'Owner',
  lifecycleStage: 'Life-cycle stage',
  aiRoles: 'Our AI roles',
  euAiActRole: 'EU AI Act role',
  euRiskClass: 'EU AI Act risk class',
  euAnnexIiiArea: 'Annex III area',
  isGeneralPurposeModel: 'General-purpose AI model',
  thirdPartyComponents: 'Third-party components',
  dataCategories: 'Data categories',
  automationLevel: 'Automation level',
  humanOversight: 'Human oversight',
  isInScope: 'In AIMS scope',
  outOfScopeReason: 'Reason for leaving it out of scope',
};

/** Labels for the API's issues, including those about one component row. */
export const aiSystemFieldLabels = (values: AiSystemFormValues): Record<string, string> => {
  const labels: Record<string, string> = { ...(AI_SYSTEM_LABELS as Record<string, string>) };
  values.thirdPartyComponents.forEach((_, index) => {
    labels[`thirdPartyComponents.${index}.component`] = `Component ${index + 1}`;
    labels[`thirdPartyComponents.${index}.supplier`] = `Supplier of component ${index + 1}`;
  });
  return labels;
};

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
  euAiActRole: null,
  euRiskClass: null,
  euAnnexIiiArea: null,
  isGeneralPurposeModel: false,
  thirdPartyComponents: [],
  dataCategories: [],
  automationLevel: null,
  humanOversight: '',
  isInScope: true,
  outOfScopeReason: '',
};

export const formValuesOf = (system: AiSystem): AiSystemFormValues => ({
  name: system.name,
  purpose: system.purpose,
  description: system.description,
  ownerUserId: system.ownerUserId,
  lifecycleStage: system.lifecycleStage,
  aiRoles: [...system.aiRoles],
  euAiActRole: system.euAiActRole,
  euRiskClass: system.euRiskClass,
  euAnnexIiiArea: system.euAnnexIiiArea,
  isGeneralPurposeModel: system.isGeneralPurposeModel,
  thirdPartyComponents: system.thirdPartyComponents.map((row) =>
    newComponentRow(row.component, row.supplier),
  ),
  dataCategories: [...system.dataCategories],
  automationLevel: system.automationLevel,
  humanOversight: system.humanOversight,
  isInScope: system.isInScope,
  outOfScopeReason: system.outOfScopeReason ?? '',
});

export const isHighRisk = (values: Pick<AiSystemFormValues, 'euRiskClass'>): boolean =>
  values.euRiskClass === 'high_risk';

export const requestBodyOf = (values: AiSystemFormValues): AiSystemBody => ({
  name: values.name,
  purpose: values.purpose,
  description: values.description,
  ownerUserId: values.ownerUserId,
  lifecycleStage: values.lifecycleStage,
  aiRoles: someOf(AI_ROLE_LABELS, values.aiRoles),
  euAiActRole: oneOf(EU_AI_ACT_ROLE_LABELS, values.euAiActRole),
  euRiskClass: oneOf(EU_RISK_CLASS_LABELS, values.euRiskClass),
  euAnnexIiiArea: isHighRisk(values)
    ? oneOf(EU_ANNEX_III_AREA_LABELS, values.euAnnexIiiArea)
    : null,
  isGeneralPurposeModel: values.isGeneralPurposeModel,
  thirdPartyComponents: values.thirdPartyComponents.map(({ component, supplier }) => ({
    component,
    supplier,
  })),
  dataCategories: someOf(DATA_CATEGORY_LABELS, values.dataCategories),
  automationLevel: oneOf(AUTOMATION_LEVEL_LABELS, values.automationLevel),
  humanOversight: values.humanOversight,
  isInScope: values.isInScope,
  outOfScopeReason: values.isInScope ? null : values.outOfScopeReason,
});
