/**
 * How an organization classifies an AI system: its role(s) with respect to the
 * system (ISO/IEC 42001 clause 4.1, using the ISO/IEC 22989 role families), its
 * role and risk class under the EU AI Act (Regulation (EU) 2024/1689), the data
 * it touches, and how automated it is.
 */
export const AI_ROLES = [
  'ai_provider',
  'ai_producer',
  'ai_customer',
  'ai_partner',
  'ai_subject',
  'relevant_authority',
] as const;
export type AiRole = (typeof AI_ROLES)[number];

export const AI_ROLE_LABELS: Readonly<Record<AiRole, string>> = {
  ai_provider: 'AI provider',
  ai_producer: 'AI producer',
  ai_customer: 'AI customer (incl. AI user)',
  ai_partner: 'AI partner',
  ai_subject: 'AI subject',
  relevant_authority: 'Relevant authority',
};

export const EU_AI_ACT_ROLES = ['provider', 'deployer', 'importer', 'distributor'] as const;
export type EuAiActRole = (typeof EU_AI_ACT_ROLES)[number];

export const EU_AI_ACT_ROLE_LABELS: Readonly<Record<EuAiActRole, string>> = {
  provider: 'Provider',
  deployer: 'Deployer',
  importer: 'Importer',
  distributor: 'Distributor',
};

export const EU_RISK_CLASSES = ['prohibited', 'high_risk', 'transparency', 'minimal'] as const;
export type EuRiskClass = (typeof EU_RISK_CLASSES)[number];

export const EU_RISK_CLASS_LABELS: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'Prohibited practice (Art. 5)',
  high_risk: 'High-risk (Art. 6)',
  transparency: 'Transparency obligations (Art. 50)',
  minimal: 'Minimal risk',
};

/** The eight areas of Annex III of the EU AI Act. */
export const EU_ANNEX_III_AREAS = [
  'biometrics',
  'critical_infrastructure',
  'education_and_training',
  'employment_and_workers',
  'essential_services',
  'law_enforcement',
  'migration_asylum_border',
  'justice_and_democracy',
] as const;
export type EuAnnexIiiArea = (typeof EU_ANNEX_III_AREAS)[number];

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

export const DATA_CATEGORIES = ['personal', 'special_category', 'none'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  personal: 'Personal data',
  special_category: 'Special-category data',
  none: 'No personal data',
};

/** From advice only to acting alone; the oversight text says who can intervene and how. */
export const AUTOMATION_LEVELS = [
  'decision_support',
  'human_in_the_loop',
  'human_on_the_loop',
  'fully_automated',
] as const;
export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number];

export const AUTOMATION_LEVEL_LABELS: Readonly<Record<AutomationLevel, string>> = {
  decision_support: 'Decision support (a person decides)',
  human_in_the_loop: 'Human in the loop (a person confirms each output)',
  human_on_the_loop: 'Human on the loop (a person monitors and can intervene)',
  fully_automated: 'Fully automated',
};

export interface ThirdPartyComponent {
  readonly component: string;
  readonly supplier: string;
}
