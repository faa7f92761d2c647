import { z } from 'zod';
import { AUDITEE_ROLES } from '../../../domain/access/roles.js';
import {
  CRITERIA_ITEM_CHANGES,
  RISK_CRITERIA_PARTS,
  RISK_LEVEL_FIELDS,
  SCALE_LEVEL_FIELDS,
} from '../../../domain/risk/criteria-diff.js';
import {
  RISK_CRITERIA_ACTIONS,
  RISK_CRITERIA_STATUSES,
} from '../../../domain/risk/criteria-version.js';
import { Id, Timestamp } from '../../schemas.js';

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/*
 * Request limits are generous on purpose: how many levels a scale or the
 * matrix may have, and which keys and texts are acceptable, is the domain's
 * check (RISK_CRITERIA_INVALID names each field); these only bound the size.
 */
const SHAPE_MAX = 20;
const KEY_MAX = 100;
const LABEL_MAX = 400;
const DESCRIPTION_MAX = 20_000;

const ScaleLevel = z.object({
  value: z.number().int(),
  label: z.string(),
  description: z.string(),
});
const Scale = z.object({
  levels: list(ScaleLevel).describe('From the lowest (value 1) up'),
});
const RiskLevel = z.object({
  key: z.string(),
  label: z.string(),
  colour: z.string().describe('#rrggbb'),
});
const Significance = z.object({
  fromLevel: z.string().describe('The level key at or above which a risk is significant'),
  rule: z.string().describe('The rule in words, as the methodology states it'),
});
const Roles = list(z.enum(AUDITEE_ROLES));

export const RiskCriteria = z
  .object({
    likelihood: Scale,
    consequence: Scale,
    levels: list(RiskLevel).describe('The risk levels, from the lowest to the highest'),
    matrix: list(list(z.string())).describe(
      'matrix[likelihood - 1][consequence - 1] is the key of a risk level',
    ),
    acceptanceThreshold: z
      .string()
      .describe('Risks at a level strictly above this one need treatment or acceptance'),
    significance: Significance,
    acceptanceAuthority: z
      .record(z.string(), Roles)
      .describe('For every level key, the roles that may accept a residual risk at that level'),
    ownerMayAcceptOwnRisk: z.boolean(),
  })
  .meta({ id: 'RiskCriteria' });

export const RiskCriteriaVersion = z
  .object({
    id: Id,
    version: z.number().int(),
    status: z.enum(RISK_CRITERIA_STATUSES),
    criteria: RiskCriteria,
    authorUserId: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Timestamp.nullable().describe('When the version was last sent for review'),
    approvedByUserId: Id.nullable(),
    approvedAt: Timestamp.nullable(),
    supersededAt: Timestamp.nullable(),
    lastReturn: z
      .object({ comment: z.string(), returnedByUserId: Id.nullable(), returnedAt: Timestamp })
      .nullable()
      .describe('Why the version was last sent back to draft, by whom and when'),
    availableActions: z.array(z.enum(RISK_CRITERIA_ACTIONS)),
  })
  .meta({ id: 'RiskCriteriaVersion' });

export const RiskCriteriaOverview = z
  .object({
    approved: RiskCriteriaVersion.nullable().describe(
      'The version in force, which risks are scored with',
    ),
    draft: RiskCriteriaVersion.nullable().describe(
      'The open version: a draft, or a version in review',
    ),
    versions: z.array(RiskCriteriaVersion),
  })
  .meta({ id: 'RiskCriteriaOverview' });

const ScaleBody = z.strictObject({
  levels: z
    .array(
      z.strictObject({
        value: z.number().int().describe('1 for the lowest step, counting up'),
        label: z.string().max(LABEL_MAX),
        description: z.string().max(DESCRIPTION_MAX).default(''),
      }),
    )
    .max(SHAPE_MAX)
    .describe('3 to 7 steps, from the lowest up'),
});

export const RiskCriteriaBody = z
  .strictObject({
    likelihood: ScaleBody,
    consequence: ScaleBody,
    levels: z
      .array(
        z.strictObject({
          key: z.string().max(KEY_MAX),
          label: z.string().max(LABEL_MAX),
          colour: z.string().max(KEY_MAX),
        }),
      )
      .max(SHAPE_MAX)
      .describe('2 to 7 risk levels, from the lowest to the highest'),
    matrix: z
      .array(z.array(z.string().max(KEY_MAX)).max(SHAPE_MAX))
      .max(SHAPE_MAX)
      .describe('One row per likelihood step, one level key per consequence step'),
    acceptanceThreshold: z.string().max(KEY_MAX),
    significance: z.strictObject({
      fromLevel: z.string().max(KEY_MAX),
      rule: z.string().max(DESCRIPTION_MAX),
    }),
    acceptanceAuthority: z
      .record(z.string().max(KEY_MAX), z.array(z.enum(AUDITEE_ROLES)).max(AUDITEE_ROLES.length))
      .describe('Every level key with the roles that may accept a residual risk at it'),
    ownerMayAcceptOwnRisk: z.boolean(),
  })
  .partial()
  .describe('The parts sent replace the stored ones; the criteria are then checked whole');

export const RiskCriteriaVersionParams = z.object({ orgId: Id, versionId: Id });

const ScaleLevelChange = z.object({
  value: z.number().int(),
  change: z.enum(CRITERIA_ITEM_CHANGES),
  before: ScaleLevel.nullable(),
  after: ScaleLevel.nullable(),
  fields: list(z.enum(SCALE_LEVEL_FIELDS)),
});

const RankedLevel = RiskLevel.extend({
  rank: z.number().int().describe('Position from the lowest level (0) up'),
});

const valueChange = <T extends z.ZodType>(value: T) =>
  z.object({ changed: z.boolean(), before: value.nullable(), after: value });

export const RiskCriteriaVersionDiff = z
  .object({
    versionId: Id,
    version: z.number().int(),
    inForceVersionId: Id.nullable(),
    inForceVersion: z.number().int().nullable(),
    changedParts: list(z.enum(RISK_CRITERIA_PARTS)).describe(
      'The parts that differ from the criteria in force (all of them when none are in force)',
    ),
    likelihood: list(ScaleLevelChange),
    consequence: list(ScaleLevelChange),
    levels: list(
      z.object({
        key: z.string(),
        change: z.enum(CRITERIA_ITEM_CHANGES),
        before: RankedLevel.nullable(),
        after: RankedLevel.nullable(),
        fields: list(z.enum(RISK_LEVEL_FIELDS)),
      }),
    ),
    matrix: list(
      z.object({
        likelihood: z.number().int(),
        consequence: z.number().int(),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    ).describe('The cells whose level differs'),
    acceptanceThreshold: valueChange(z.string()),
    significance: valueChange(Significance).extend({
      fields: list(z.enum(['fromLevel', 'rule'])),
    }),
    acceptanceAuthority: list(
      z.object({
        level: z.string(),
        before: Roles.nullable(),
        after: Roles.nullable(),
        addedRoles: Roles,
        removedRoles: Roles,
      }),
    ),
    ownerMayAcceptOwnRisk: valueChange(z.boolean()),
  })
  .meta({ id: 'RiskCriteriaVersionDiff' });
