/**
 * How an organization classifies an AI system apart from the EU AI Act: its
 * role(s) with respect to the system (ISO/IEC 42001 clause 4.1, using the
 * ISO/IEC 22989 stakeholder role families and the sub-roles 22989 names under
 * them), the data it touches, and how automated it is.
 */
import type { FieldIssue } from '../errors.js';
import { valuesOf } from '../labelled-values.js';

/** The six role families of ISO/IEC 22989 (AI stakeholder roles). */
export const AI_ROLE_LABELS = {
  ai_provider: 'AI provider',
  ai_producer: 'AI producer',
  ai_customer: 'AI customer',
  ai_partner: 'AI partner',
  ai_subject: 'AI subject',
  relevant_authority: 'Relevant authority',
} as const;
export type AiRole = keyof typeof AI_ROLE_LABELS;
export const AI_ROLES = valuesOf(AI_ROLE_LABELS);

/** The sub-roles ISO/IEC 22989 names under the families, in the families' order. */
export const AI_SUB_ROLE_LABELS = {
  ai_platform_provider: 'AI platform provider',
  ai_product_or_service_provider: 'AI product or service provider',
  ai_developer: 'AI developer',
  ai_user: 'AI user',
  ai_system_integrator: 'AI system integrator',
  data_provider: 'Data provider',
  ai_auditor: 'AI auditor',
  ai_evaluator: 'AI evaluator',
  data_subject: 'Data subject',
  other_subject: 'Other subject',
  policy_maker: 'Policy maker',
  regulator: 'Regulator',
} as const;
export type AiSubRole = keyof typeof AI_SUB_ROLE_LABELS;
export const AI_SUB_ROLES = valuesOf(AI_SUB_ROLE_LABELS);

/** The family each sub-role belongs to. */
export const AI_SUB_ROLE_FAMILY = {
  ai_platform_provider: 'ai_provider',
  ai_product_or_service_provider: 'ai_provider',
  ai_developer: 'ai_producer',
  ai_user: 'ai_customer',
  ai_system_integrator: 'ai_partner',
  data_provider: 'ai_partner',
  ai_auditor: 'ai_partner',
  ai_evaluator: 'ai_partner',
  data_subject: 'ai_subject',
  other_subject: 'ai_subject',
  policy_maker: 'relevant_authority',
  regulator: 'relevant_authority',
} as const satisfies Record<AiSubRole, AiRole>;

/**
 * A sub-role is held only together with its family: "AI developer" without
 * "AI producer" is reported at the sub-role, naming the family to add.
 */
export const checkSubRoles = (
  roles: readonly AiRole[],
  subRoles: readonly AiSubRole[],
): FieldIssue[] =>
  subRoles.flatMap((subRole, index) => {
    const family = AI_SUB_ROLE_FAMILY[subRole];
    return roles.includes(family)
      ? []
      : [
          {
            field: `aiSubRoles.${index}`,
            reason: `"${AI_SUB_ROLE_LABELS[subRole]}" is a sub-role of "${AI_ROLE_LABELS[family]}": choose that role too`,
          },
        ];
  });

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
