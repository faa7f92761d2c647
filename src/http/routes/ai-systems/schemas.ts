import { z } from 'zod';
import { registerRowEnd, registerListQuery, registerSortFields } from '../../register-schemas.js';
import { AI_SYSTEM_SORT_FIELDS, LIFECYCLE_STAGES } from '../../../domain/ai-system/ai-system.js';
import {
  AI_ROLES,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
  EU_AI_ACT_ROLES,
  EU_ANNEX_III_AREAS,
  EU_RISK_CLASSES,
} from '../../../domain/ai-system/classification.js';
import { Id, QueryBoolean } from '../../schemas.js';

const Component = z.strictObject({ component: z.string().max(200), supplier: z.string().max(200) });

const fields = {
  name: z.string().max(200),
  purpose: z.string().max(10_000),
  description: z.string().max(10_000),
  ownerUserId: Id.nullable().describe('A member of the organization who owns the system'),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).describe('ISO/IEC 22989 life-cycle stage'),
  aiRoles: z
    .array(z.enum(AI_ROLES))
    .max(AI_ROLES.length)
    .describe("The organization's roles (ISO/IEC 22989 families)"),
  euAiActRole: z.enum(EU_AI_ACT_ROLES).nullable(),
  euRiskClass: z.enum(EU_RISK_CLASSES).nullable(),
  euAnnexIiiArea: z.enum(EU_ANNEX_III_AREAS).nullable().describe('Only for a high-risk system'),
  isGeneralPurposeModel: z.boolean(),
  thirdPartyComponents: z.array(Component).max(50),
  dataCategories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length),
  automationLevel: z.enum(AUTOMATION_LEVELS).nullable(),
  humanOversight: z.string().max(10_000),
  isInScope: z.boolean().describe('Inside the AIMS scope'),
  outOfScopeReason: z.string().max(2_000).nullable().describe('Required when not in scope'),
};

export const AiSystem = z
  .object({
    id: Id,
    ...fields,
    aiRoles: z.array(z.enum(AI_ROLES)).readonly(),
    thirdPartyComponents: z
      .array(z.object({ component: z.string(), supplier: z.string() }))
      .readonly(),
    dataCategories: z.array(z.enum(DATA_CATEGORIES)).readonly(),
    ...registerRowEnd,
  })
  .meta({ id: 'AiSystem' });

export const NewAiSystemBody = z.strictObject({
  name: fields.name,
  purpose: fields.purpose,
  lifecycleStage: fields.lifecycleStage,
  isInScope: fields.isInScope,
  description: fields.description.optional(),
  ownerUserId: fields.ownerUserId.optional(),
  aiRoles: fields.aiRoles.optional(),
  euAiActRole: fields.euAiActRole.optional(),
  euRiskClass: fields.euRiskClass.optional(),
  euAnnexIiiArea: fields.euAnnexIiiArea.optional(),
  isGeneralPurposeModel: fields.isGeneralPurposeModel.optional(),
  thirdPartyComponents: fields.thirdPartyComponents.optional(),
  dataCategories: fields.dataCategories.optional(),
  automationLevel: fields.automationLevel.optional(),
  humanOversight: fields.humanOversight.optional(),
  outOfScopeReason: fields.outOfScopeReason.optional(),
});

export const AiSystemPatchBody = z.strictObject(fields).partial();

export const ListQuery = registerListQuery(
  {
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
    isInScope: QueryBoolean.optional(),
    euRiskClass: z.enum(EU_RISK_CLASSES).optional(),
    aiRole: z.enum(AI_ROLES).optional(),
    ...registerSortFields(AI_SYSTEM_SORT_FIELDS, 'name unless given'),
  },
  'Matches name or purpose, case-insensitive',
);

export const AiSystemParams = z.object({ orgId: Id, aiSystemId: Id });
