/**
 * The AI system form's values, built from a stored system (edit) or empty
 * (add), and the request body they become. The API checks every rule; the
 * body only leaves out what the form hides (an Annex III area for a system
 * that is not high-risk, a reason for a system in scope).
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { fieldLabelsOf, withRowLabels } from '../../registers/form-labels.js';
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
  euAiActRole: AiSystem['euAiActRole'];
  euRiskClass: AiSystem['euRiskClass'];
  euAnnexIiiArea: AiSystem['euAnnexIiiArea'];
  isGeneralPurposeModel: boolean;
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
  outOfScopeReason: 'Reason for leaving it out of scope',
};

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
  aiRoles: values.aiRoles,
  euAiActRole: values.euAiActRole,
  euRiskClass: values.euRiskClass,
  euAnnexIiiArea: isHighRisk(values) ? values.euAnnexIiiArea : null,
  isGeneralPurposeModel: values.isGeneralPurposeModel,
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
