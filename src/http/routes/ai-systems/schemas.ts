import { z } from 'zod';
import { registerRowEnd, registerListQuery, registerSortFields } from '../../register-schemas.js';
import { AI_SYSTEM_SORT_FIELDS, LIFECYCLE_STAGES } from '../../../domain/ai-system/ai-system.js';
import {
  AI_ROLES,
  AI_SUB_ROLES,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
} from '../../../domain/ai-system/classification.js';
import {
  EU_AI_ACT_ROLES,
  EU_ANNEX_III_AREAS,
  EU_ANNEX_I_RELATIONS,
  EU_DEROGATIONS,
  EU_HIGH_RISK_ROUTES,
  EU_RISK_CLASSES,
  EU_TRANSPARENCY_OBLIGATIONS,
} from '../../../domain/ai-system/eu-ai-act.js';
import { Id, QueryBoolean } from '../../schemas.js';

const Component = z.strictObject({ component: z.string().max(200), supplier: z.string().max(200) });

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length);

const fields = {
  name: z.string().max(200),
  purpose: z.string().max(10_000),
  description: z.string().max(10_000),
  ownerUserId: Id.nullable().describe('A member of the organization who owns the system'),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).describe('ISO/IEC 22989 life-cycle stage'),
  aiRoles: listOf(AI_ROLES).describe("The organization's roles (ISO/IEC 22989 families)"),
  aiSubRoles: listOf(AI_SUB_ROLES).describe(
    'ISO/IEC 22989 sub-roles; each only together with its family in aiRoles',
  ),
  euAiActRoles: listOf(EU_AI_ACT_ROLES).describe(
    'EU AI Act operator roles (Art. 3(8)); replaces the former single euAiActRole',
  ),
  isGeneralPurposeModel: z
    .boolean()
    .describe('The entry is a general-purpose AI model (Art. 3(63)), not an AI system'),
  hasSystemicRisk: z.boolean().describe('Only for a general-purpose AI model (Art. 51)'),
  isBuiltOnGeneralPurposeModel: z
    .boolean()
    .describe('An AI system that integrates a general-purpose AI model'),
  euRiskClass: z
    .enum(EU_RISK_CLASSES, {
      error:
        'must be prohibited, high_risk or minimal (Art. 50 transparency is no longer a class: send hasTransparencyObligations or euTransparencyObligations)',
    })
    .nullable()
    .describe('Art. 50 transparency is no class: see hasTransparencyObligations'),
  euHighRiskRoute: z
    .enum(EU_HIGH_RISK_ROUTES)
    .nullable()
    .describe(
      'Art. 6(1) Annex I product or Art. 6(2) Annex III area; implied as annex_iii when only euAnnexIiiArea is sent',
    ),
  euAnnexIRelation: z
    .enum(EU_ANNEX_I_RELATIONS)
    .nullable()
    .describe('Art. 6(1)(a): the product itself or its safety component; only on annex_i'),
  euAnnexILegislation: z
    .string()
    .max(200)
    .describe('The Annex I Union harmonisation legislation; only on annex_i'),
  isThirdPartyAssessmentRequired: z
    .boolean()
    .describe('Art. 6(1)(b): third-party conformity assessment required; only on annex_i'),
  euAnnexIiiArea: z.enum(EU_ANNEX_III_AREAS).nullable().describe('Only on the annex_iii route'),
  euDerogation: z
    .enum(EU_DEROGATIONS)
    .nullable()
    .describe('The Art. 6(3) condition the provider claims; only on annex_iii, then minimal risk'),
  euDerogationReasoning: z.string().max(10_000).nullable().describe('Required with a derogation'),
  hasTransparencyObligations: z.boolean().describe('Art. 50 applies; set by any listed obligation'),
  euTransparencyObligations: listOf(EU_TRANSPARENCY_OBLIGATIONS).describe(
    'The Art. 50 obligations that apply, on top of any class',
  ),
  thirdPartyComponents: z.array(Component).max(50),
  dataCategories: listOf(DATA_CATEGORIES),
  automationLevel: z.enum(AUTOMATION_LEVELS).nullable(),
  humanOversight: z.string().max(10_000),
  isInScope: z.boolean().describe('Inside the AIMS scope'),
  outOfScopeReason: z.string().max(2_000).nullable().describe('Required when not in scope'),
};

const readonlyList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).readonly();

export const AiSystem = z
  .object({
    id: Id,
    ...fields,
    aiRoles: readonlyList(AI_ROLES),
    aiSubRoles: readonlyList(AI_SUB_ROLES),
    euAiActRoles: readonlyList(EU_AI_ACT_ROLES),
    euTransparencyObligations: readonlyList(EU_TRANSPARENCY_OBLIGATIONS),
    thirdPartyComponents: z
      .array(z.object({ component: z.string(), supplier: z.string() }))
      .readonly(),
    dataCategories: readonlyList(DATA_CATEGORIES),
    ...registerRowEnd,
  })
  .meta({ id: 'AiSystem' });

const { name, purpose, lifecycleStage, isInScope, ...optionalFields } = fields;

/** The former single role, refused with a pointer to its successor. */
const formerRole = {
  euAiActRole: z
    .never({ error: 'was replaced by euAiActRoles, a list of roles' })
    .optional()
    .meta({ deprecated: true, description: 'Replaced by euAiActRoles' }),
};

export const NewAiSystemBody = z.strictObject({
  name,
  purpose,
  lifecycleStage,
  isInScope,
  ...z.object(optionalFields).partial().shape,
  ...formerRole,
});

export const AiSystemPatchBody = z.strictObject({
  ...z.object(fields).partial().shape,
  ...formerRole,
});

export const ListQuery = registerListQuery(
  {
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
    isInScope: QueryBoolean.optional(),
    aiRole: z.enum(AI_ROLES).optional(),
    euAiActRole: z.enum(EU_AI_ACT_ROLES).optional(),
    euRiskClass: z.enum(EU_RISK_CLASSES).optional(),
    euHighRiskRoute: z.enum(EU_HIGH_RISK_ROUTES).optional(),
    isGeneralPurposeModel: QueryBoolean.optional(),
    hasTransparencyObligations: QueryBoolean.optional(),
    ownerUserId: Id.optional(),
    ...registerSortFields(AI_SYSTEM_SORT_FIELDS, 'name unless given'),
  },
  'Matches name or purpose, case-insensitive',
);

export const AiSystemParams = z.object({ orgId: Id, aiSystemId: Id });
