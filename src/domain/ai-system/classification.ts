/**
 * How an organization classifies an AI system: its role(s) with respect to the
 * system (ISO/IEC 42001 clause 4.1, using the ISO/IEC 22989 role families), its
 * role and risk class under the EU AI Act (Regulation (EU) 2024/1689), the data
 * it touches, and how automated it is.
 */
import { valuesOf } from '../labelled-values.js';
export const AI_ROLE_LABELS = {
  ai_provider: 'AI provider',
  ai_producer: 'AI producer',
  ai_customer: 'AI customer (incl. AI user)',
  ai_partner: 'AI partner',
  ai_subject: 'AI subject',
  relevant_authority: 'Relevant authority',
} as const;
export type AiRole = keyof typeof AI_ROLE_LABELS;
export const AI_ROLES = valuesOf(AI_ROLE_LABELS);

export const EU_AI_ACT_ROLE_LABELS = {
  provider: 'Provider',
  deployer: 'Deployer',
  importer: 'Importer',
  distributor: 'Distributor',
} as const;
export type EuAiActRole = keyof typeof EU_AI_ACT_ROLE_LABELS;
export const EU_AI_ACT_ROLES = valuesOf(EU_AI_ACT_ROLE_LABELS);

export const EU_RISK_CLASS_LABELS = {
  prohibited: 'Prohibited practice (Art. 5)',
  high_risk: 'High-risk (Art. 6)',
  transparency: 'Transparency obligations (Art. 50)',
  minimal: 'Minimal risk',
} as const;
export type EuRiskClass = keyof typeof EU_RISK_CLASS_LABELS;
export const EU_RISK_CLASSES = valuesOf(EU_RISK_CLASS_LABELS);

/** The eight areas of Annex III of the EU AI Act. */
export const EU_ANNEX_III_AREA_LABELS = {
  biometrics: '1. Biometrics',
  critical_infrastructure: '2. Critical infrastructure',
  education_and_training: '3. Education and vocational training',
  employment_and_workers: '4. Employment, workers management and access to self-employment',
  essential_services: '5. Access to essential private and public services and benefits',
  law_enforcement: '6. Law enforcement',
  migration_asylum_border: '7. Migration, asylum and border control management',
  justice_and_democracy: '8. Administration of justice and democratic processes',
} as const;
export type EuAnnexIiiArea = keyof typeof EU_ANNEX_III_AREA_LABELS;
export const EU_ANNEX_III_AREAS = valuesOf(EU_ANNEX_III_AREA_LABELS);

export const DATA_CATEGORY_LABELS = {
  personal: 'Personal data',
  special_category: 'Special-category data',
  none: 'No personal data',
} as const;
export type DataCategory = keyof typeof DATA_CATEGORY_LABELS;
export const DATA_CATEGORIES = valuesOf(DATA_CATEGORY_LABELS);

/** From advice only to acting alone; the oversight text says who can intervene and how. */
export const AUTOMATION_LEVEL_LABELS = {
  decision_support: 'Decision support (a person decides)',
  human_in_the_loop: 'Human in the loop (a person confirms each output)',
  human_on_the_loop: 'Human on the loop (a person monitors and can intervene)',
  fully_automated: 'Fully automated',
} as const;
export type AutomationLevel = keyof typeof AUTOMATION_LEVEL_LABELS;
export const AUTOMATION_LEVELS = valuesOf(AUTOMATION_LEVEL_LABELS);

export interface ThirdPartyComponent {
  readonly component: string;
  readonly supplier: string;
}
