/**
 * Display names of the AI system classification values the API uses: the
 * organization's ISO/IEC 22989 roles, the EU AI Act role, risk class and
 * Annex III area, data categories and automation levels.
 */
import type { Schemas } from '../api/client.js';

export { oneOf, optionsOf, someOf } from './label-options.js';

type AiSystem = Schemas['AiSystem'];
export type AiRole = AiSystem['aiRoles'][number];
export type EuAiActRole = NonNullable<AiSystem['euAiActRole']>;
export type EuRiskClass = NonNullable<AiSystem['euRiskClass']>;
export type EuAnnexIiiArea = NonNullable<AiSystem['euAnnexIiiArea']>;
export type DataCategory = AiSystem['dataCategories'][number];
export type AutomationLevel = NonNullable<AiSystem['automationLevel']>;

export const AI_ROLE_LABELS: Readonly<Record<AiRole, string>> = {
  ai_provider: 'AI provider',
  ai_producer: 'AI producer',
  ai_customer: 'AI customer',
  ai_partner: 'AI partner',
  ai_subject: 'AI subject',
  relevant_authority: 'Relevant authority',
};

export const EU_AI_ACT_ROLE_LABELS: Readonly<Record<EuAiActRole, string>> = {
  provider: 'Provider',
  deployer: 'Deployer',
  importer: 'Importer',
  distributor: 'Distributor',
};

export const EU_RISK_CLASS_LABELS: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'Prohibited practice (Art. 5)',
  high_risk: 'High-risk (Art. 6)',
  transparency: 'Transparency obligations (Art. 50)',
  minimal: 'Minimal risk',
};

/** Short names for tables and badges. */
export const EU_RISK_CLASS_SHORT: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'Prohibited',
  high_risk: 'High-risk',
  transparency: 'Transparency',
  minimal: 'Minimal',
};

export const EU_RISK_CLASS_COLORS: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'red',
  high_risk: 'orange',
  transparency: 'blue',
  minimal: 'gray',
};

export const EU_ANNEX_III_AREA_LABELS: Readonly<Record<EuAnnexIiiArea, string>> = {
  biometrics: '1. Biometrics',
  critical_infrastructure: '2. Critical infrastructure',
  education_and_training: '3. Education and vocational training',
  employment_and_workers: '4. Employment, workers management and access to self-employment',
  essential_services: '5. Access to essential private and public services and benefits',
  law_enforcement: '6. Law enforcement',
  migration_asylum_border: '7. Migration, asylum and border control management',
  justice_and_democracy: '8. Administration of justice and democratic processes',
};

export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  personal: 'Personal data',
  special_category: 'Special categories of personal data',
  none: 'No personal data',
};

export const AUTOMATION_LEVEL_LABELS: Readonly<Record<AutomationLevel, string>> = {
  decision_support: 'Decision support (a person decides)',
  human_in_the_loop: 'Human in the loop (a person confirms each output)',
  human_on_the_loop: 'Human on the loop (a person monitors and can intervene)',
  fully_automated: 'Fully automated',
};
