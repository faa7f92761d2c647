import { z } from 'zod';
import { VERSION_STATUSES } from '../../../domain/approval/approval.js';
import {
  ID_MAX,
  IMPACT_AFFECTED,
  IMPACT_ASSESSMENT_ACTIONS,
  IMPACT_ASSESSMENT_SCALAR_FIELDS,
  IMPACT_CATEGORIES,
  IMPACT_NATURES,
  IMPACT_REVERSIBILITIES,
  IMPACT_SCALES,
  IMPACT_TRIGGERS,
  MAX_IMPACTS,
  MAX_INTERESTED_PARTIES,
  MAX_MEASURES,
  MEASURE_STATUSES,
} from '../../../domain/impact/index.js';
import { MAX_CONTROL_LINKS } from '../../../domain/risk/treatment-action.js';
import { LONG_TEXT_MAX, TEXT_MAX } from '../../../domain/validation.js';
import { Id, Timestamp } from '../../schemas.js';

const CalendarDate = z.string().describe('YYYY-MM-DD');
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const Rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const AffectedParty = z.object({
  name: z.string(),
  description: z.string(),
  isVulnerableGroup: z.boolean(),
});

const Impact = z.object({
  id: z.string().describe("The assessment's own id of the impact, kept from version to version"),
  description: z.string(),
  affects: list(z.enum(IMPACT_AFFECTED)),
  nature: z.enum(IMPACT_NATURES).nullable(),
  category: z.enum(IMPACT_CATEGORIES).nullable(),
  likelihood: Rating.nullable(),
  severity: Rating.nullable().describe('For a benefit: how large it is'),
  reversibility: z.enum(IMPACT_REVERSIBILITIES).nullable(),
  scale: z.enum(IMPACT_SCALES).nullable(),
});

const Measure = z.object({
  id: z.string(),
  impactId: z.string().nullable().describe('The impact it addresses'),
  description: z.string(),
  ownerUserId: Id.nullable(),
  dueDate: CalendarDate.nullable(),
  status: z.enum(MEASURE_STATUSES),
  annexAControlIds: list(z.string()).describe('Annex A controls the measure puts in place'),
});

export const ImpactAssessmentContent = z
  .object({
    scope: z.string().describe('What the assessment covers (ISO/IEC 42005 6.2)'),
    trigger: z.enum(IMPACT_TRIGGERS).nullable().describe('Why this version was made'),
    systemDescription: z.string(),
    purpose: z.string(),
    intendedUses: z.string(),
    foreseeableMisuse: z.string(),
    dataAndDataQuality: z.string(),
    algorithmAndModel: z.string(),
    deploymentEnvironment: z.string(),
    interestedParties: list(AffectedParty),
    impacts: list(Impact),
    measures: list(Measure),
    thresholds: z.string().describe('Thresholds for sensitive or restricted uses'),
    nextReviewDate: CalendarDate.nullable(),
    retention: z.string().describe('How long the results are kept'),
  })
  .meta({ id: 'ImpactAssessmentContent' });

const Text = z.string().max(LONG_TEXT_MAX);
const Choice = z.string().max(TEXT_MAX).nullable();

/** The content as written: every field optional; nested choices may be given by label. */
export const ImpactAssessmentBody = z
  .strictObject({
    scope: Text,
    trigger: z.enum(IMPACT_TRIGGERS).nullable(),
    systemDescription: Text,
    purpose: Text,
    intendedUses: Text,
    foreseeableMisuse: Text,
    dataAndDataQuality: Text,
    algorithmAndModel: Text,
    deploymentEnvironment: Text,
    interestedParties: z
      .array(
        z.strictObject({
          name: z.string().max(TEXT_MAX),
          description: Text.optional(),
          isVulnerableGroup: z.boolean().optional(),
        }),
      )
      .max(MAX_INTERESTED_PARTIES),
    impacts: z
      .array(
        z.strictObject({
          id: z.string().max(ID_MAX),
          description: Text.optional(),
          affects: z
            .array(z.string().max(TEXT_MAX))
            .max(IMPACT_AFFECTED.length * 2)
            .optional(),
          nature: Choice.optional(),
          category: Choice.optional(),
          likelihood: z.number().nullable().optional().describe('1 (lowest) to 5 (highest)'),
          severity: z.number().nullable().optional().describe('1 (lowest) to 5 (highest)'),
          reversibility: Choice.optional(),
          scale: Choice.optional(),
        }),
      )
      .max(MAX_IMPACTS),
    measures: z
      .array(
        z.strictObject({
          id: z.string().max(ID_MAX),
          impactId: z.string().max(ID_MAX).nullable().optional(),
          description: Text.optional(),
          ownerUserId: z
            .string()
            .max(TEXT_MAX)
            .nullable()
            .optional()
            .describe('A member of the organization'),
          dueDate: z.string().max(TEXT_MAX).nullable().optional().describe('YYYY-MM-DD'),
          status: z.string().max(TEXT_MAX).optional(),
          annexAControlIds: z
            .array(z.string().max(TEXT_MAX))
            .max(MAX_CONTROL_LINKS)
            .optional()
            .describe('Annex A controls the measure puts in place, e.g. A.5.4'),
        }),
      )
      .max(MAX_MEASURES),
    thresholds: Text,
    nextReviewDate: z.string().max(TEXT_MAX).nullable().describe('YYYY-MM-DD'),
    retention: Text,
  })
  .partial();

export const ImpactAssessmentParams = z.object({ orgId: Id, versionId: Id });
export const AiSystemParams = z.object({ orgId: Id, aiSystemId: Id });

const Issue = z.object({ field: z.string(), reason: z.string() });

const listChanges = <T extends z.ZodObject>(item: T) =>
  z.object({
    added: list(item),
    removed: list(item),
    changed: list(
      z.object({
        key: z.string().describe("The id (a party's name in lower case) that matched the two"),
        before: item,
        after: item,
        fields: list(z.string()).describe('The fields that differ'),
      }),
    ),
  });

const Changes = z
  .object({
    againstVersionId: Id.nullable().describe(
      'The approved (or since superseded) version before this one; null when there is none',
    ),
    againstVersion: z.number().int().nullable(),
    fields: list(
      z.object({
        field: z.enum(IMPACT_ASSESSMENT_SCALAR_FIELDS),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    ),
    interestedParties: listChanges(AffectedParty),
    impacts: listChanges(Impact),
    measures: listChanges(Measure),
    hasChanges: z.boolean(),
  })
  .meta({ id: 'ImpactAssessmentChanges' });

const ProfileRow = z.object({
  category: z.enum(IMPACT_CATEGORIES),
  label: z.string(),
  bySeverity: z.object({
    1: z.number().int(),
    2: z.number().int(),
    3: z.number().int(),
    4: z.number().int(),
    5: z.number().int(),
  }),
  total: z.number().int(),
});

const Profile = z
  .object({
    harms: list(ProfileRow).describe('Harms by category and severity, every category listed'),
    benefits: list(ProfileRow),
    harmTotal: z.number().int(),
    benefitTotal: z.number().int(),
    unclassified: z
      .number()
      .int()
      .describe('Impacts left out because their nature, category or severity is not set'),
  })
  .meta({ id: 'ImpactProfile' });

const summaryFields = {
  id: Id,
  aiSystemId: Id,
  version: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  trigger: z.enum(IMPACT_TRIGGERS).nullable(),
  nextReviewDate: CalendarDate.nullable(),
  isReviewOverdue: z.boolean().describe('Approved, and its next review date has passed'),
  authorUserId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  approvedByUserId: Id.nullable(),
  approvedAt: Timestamp.nullable(),
  supersededAt: Timestamp.nullable(),
  availableActions: z.array(z.enum(IMPACT_ASSESSMENT_ACTIONS)),
};

export const ImpactAssessmentSummary = z
  .object(summaryFields)
  .meta({ id: 'ImpactAssessmentSummary' });

export const ImpactAssessmentVersion = z
  .object({
    ...summaryFields,
    aiSystemName: z.string(),
    content: ImpactAssessmentContent,
    changes: Changes,
    profile: Profile,
    missingForApproval: list(Issue).describe(
      'What the content still lacks before it can be submitted and approved',
    ),
    lastReturn: z
      .object({ comment: z.string(), returnedByUserId: Id.nullable(), returnedAt: Timestamp })
      .nullable()
      .describe('Why the version was last sent back to draft, by whom and when'),
    raisedRisks: z
      .array(
        z.object({
          impactId: z.string(),
          riskId: Id,
          statement: z.string(),
          status: z.string(),
          impactAssessmentId: Id.describe('The version the risk was raised from'),
        }),
      )
      .readonly()
      .describe('Risks of the register raised from harms of this AI system’s assessments'),
  })
  .meta({ id: 'ImpactAssessmentVersion' });

export const ImpactAssessmentHistory = z
  .object({
    aiSystem: z.object({ id: Id, name: z.string(), isInScope: z.boolean() }),
    approved: ImpactAssessmentSummary.nullable(),
    draft: ImpactAssessmentSummary.nullable().describe(
      'The open version: a draft, or a version in review',
    ),
    versions: z.array(ImpactAssessmentSummary),
  })
  .meta({ id: 'ImpactAssessmentHistory' });

export const ImpactAssessmentOverview = z
  .object({
    today: CalendarDate.describe('The day the review dates were compared with'),
    systems: list(
      z.object({
        aiSystemId: Id,
        name: z.string(),
        isInScope: z.boolean(),
        approved: z
          .object({
            id: Id,
            version: z.number().int(),
            approvedAt: Timestamp.nullable(),
            nextReviewDate: CalendarDate.nullable(),
            isReviewOverdue: z.boolean(),
          })
          .nullable()
          .describe('The approved assessment in force'),
        draft: z
          .object({
            id: Id,
            version: z.number().int(),
            status: z.enum(VERSION_STATUSES),
            updatedAt: Timestamp,
            submittedAt: Timestamp.nullable(),
          })
          .nullable()
          .describe('The open version: a draft, or a version in review'),
        needsAssessment: z
          .boolean()
          .describe('In scope, with no approved assessment or one whose review is overdue'),
      }),
    ).describe('Every AI system of the inventory, by name'),
    counts: z.object({
      systems: z.number().int(),
      inScope: z.number().int(),
      inScopeWithoutApproved: z.number().int(),
      reviewsOverdue: z.number().int(),
      needingAssessment: z.number().int(),
    }),
  })
  .meta({ id: 'ImpactAssessmentOverview' });
