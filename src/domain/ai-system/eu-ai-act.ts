/**
 * The vocabulary of the EU AI Act (Regulation (EU) 2024/1689) for an
 * inventory entry: the operator roles of Art. 3(8), the risk classes, the two
 * high-risk routes of Art. 6(1) (Annex I products) and Art. 6(2) (the eight
 * Annex III areas), the Art. 6(3) derogation, the transparency obligations of
 * Art. 50, and general-purpose AI models (Art. 3(63), systemic risk Art. 51).
 */
import { valuesOf } from '../labelled-values.js';

/** The operators of Art. 3(8), in its order; one system may have several. */
export const EU_AI_ACT_ROLE_LABELS = {
  provider: 'Provider',
  product_manufacturer: 'Product manufacturer',
  deployer: 'Deployer',
  authorised_representative: 'Authorised representative',
  importer: 'Importer',
  distributor: 'Distributor',
} as const;
export type EuAiActRole = keyof typeof EU_AI_ACT_ROLE_LABELS;
export const EU_AI_ACT_ROLES = valuesOf(EU_AI_ACT_ROLE_LABELS);

/** The roles the Act gives for a general-purpose AI model (Art. 53 and 54). */
export const EU_GPAI_MODEL_ROLES = [
  'provider',
  'authorised_representative',
] as const satisfies readonly EuAiActRole[];

/** Transparency obligations are not a class: they are flags on top of any class (Art. 50). */
export const EU_RISK_CLASS_LABELS = {
  prohibited: 'Prohibited practice (Art. 5)',
  high_risk: 'High-risk (Art. 6)',
  minimal: 'Minimal risk',
} as const;
export type EuRiskClass = keyof typeof EU_RISK_CLASS_LABELS;
export const EU_RISK_CLASSES = valuesOf(EU_RISK_CLASS_LABELS);

/** Why a system is high-risk (or, with a claimed derogation, would be). */
export const EU_HIGH_RISK_ROUTE_LABELS = {
  annex_i: 'Art. 6(1): Annex I product',
  annex_iii: 'Art. 6(2): Annex III area',
} as const;
export type EuHighRiskRoute = keyof typeof EU_HIGH_RISK_ROUTE_LABELS;
export const EU_HIGH_RISK_ROUTES = valuesOf(EU_HIGH_RISK_ROUTE_LABELS);

/** The first condition of Art. 6(1)(a): how the system relates to the Annex I product. */
export const EU_ANNEX_I_RELATION_LABELS = {
  product: 'The AI system is itself the product',
  safety_component: 'The AI system is a safety component of the product',
} as const;
export type EuAnnexIRelation = keyof typeof EU_ANNEX_I_RELATION_LABELS;
export const EU_ANNEX_I_RELATIONS = valuesOf(EU_ANNEX_I_RELATION_LABELS);

/** The eight areas of Annex III. */
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

/** The conditions of Art. 6(3), points (a) to (d), under which a provider may claim the derogation. */
export const EU_DEROGATION_LABELS = {
  narrow_procedural_task: '(a) Performs a narrow procedural task',
  improves_human_activity: '(b) Improves the result of a human activity already completed',
  detects_decision_patterns:
    '(c) Detects decision patterns or deviations from them, without replacing human assessment',
  preparatory_task: '(d) Performs a preparatory task to an Annex III assessment',
} as const;
export type EuDerogation = keyof typeof EU_DEROGATION_LABELS;
export const EU_DEROGATIONS = valuesOf(EU_DEROGATION_LABELS);

/** The transparency obligations of Art. 50 a system can carry, whatever its class. */
export const EU_TRANSPARENCY_LABELS = {
  direct_interaction: 'Interacts directly with people (Art. 50(1))',
  synthetic_content: 'Generates synthetic audio, image, video or text (Art. 50(2))',
  emotion_or_biometric_categorisation:
    'Emotion recognition or biometric categorisation (Art. 50(3))',
  deep_fake: 'Generates or manipulates deep fakes (Art. 50(4))',
  public_interest_text: 'Generates text published to inform the public (Art. 50(4))',
} as const;
export type EuTransparencyObligation = keyof typeof EU_TRANSPARENCY_LABELS;
export const EU_TRANSPARENCY_OBLIGATIONS = valuesOf(EU_TRANSPARENCY_LABELS);
