import { z } from 'zod';
import { ANNEX_C_OBJECTIVE_IDS, ANNEX_C_RISK_SOURCE_IDS } from '../../../domain/catalog/index.js';
import { RECORD_ACTIONS } from '../../../domain/register/register-actions.js';
import { ACCEPTANCE_STATES } from '../../../domain/risk/acceptance.js';
import {
  RISK_KINDS,
  RISK_STATUSES,
  TREATMENT_ACTION_STATUSES,
  TREATMENT_OPTIONS,
} from '../../../domain/risk/risk.js';
import { TREND_MONTHS_MAX } from '../../../domain/risk/risk-trend.js';
import { MAX_CONTROL_LINKS } from '../../../domain/risk/treatment-action.js';
import { RISK_SORT_FIELDS } from '../../../storage/risk.repository.js';
import { registerListQuery, registerSortFields } from '../../register-schemas.js';
import { Id, Timestamp } from '../../schemas.js';

const CalendarDate = z.iso.date().describe('YYYY-MM-DD');
const Score = z.number().int().min(1).max(7);
const LongText = z.string().max(10_000);

const fields = {
  kind: z
    .enum(RISK_KINDS)
    .describe('risk: an effect to prevent or reduce; opportunity: one to pursue'),
  statement: z.string().max(2000).describe('What could happen, and why'),
  description: LongText,
  source: LongText.describe(
    'The risk source in words: an "other" source, or detail on the Annex C one',
  ),
  annexCRiskSourceId: z
    .enum(ANNEX_C_RISK_SOURCE_IDS)
    .nullable()
    .describe('An ISO/IEC 42001 Annex C risk source'),
  annexCObjectiveIds: z
    .array(z.enum(ANNEX_C_OBJECTIVE_IDS))
    .max(ANNEX_C_OBJECTIVE_IDS.length)
    .describe('The Annex C objectives the risk threatens'),
  aiSystemIds: z.array(Id).max(200).describe('The AI systems it concerns; none: organization-wide'),
  consequencesForOrganization: LongText,
  consequencesForIndividuals: LongText.describe('Consequences for individuals, groups or society'),
  existingControls: LongText.describe('Controls already in place when it was assessed'),
  ownerUserId: Id.nullable().describe('A member of the organization who owns the risk'),
  likelihood: Score.nullable().describe('On the likelihood scale of the risk criteria in force'),
  consequence: Score.nullable().describe('On the consequence scale of the risk criteria in force'),
  treatmentOption: z.enum(TREATMENT_OPTIONS).nullable(),
  treatmentDueDate: CalendarDate.nullable(),
  residualLikelihood: Score.nullable(),
  residualConsequence: Score.nullable(),
  reviewDate: CalendarDate.nullable(),
};

const Level = z
  .object({ key: z.string(), label: z.string(), colour: z.string(), rank: z.number().int() })
  .nullable();

const TreatmentAction = z
  .object({
    id: Id,
    riskId: Id,
    title: z.string(),
    description: z.string(),
    annexAControlIds: z.array(z.string()).readonly(),
    organizationControlIds: z.array(z.string()).readonly(),
    ownerUserId: Id.nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(TREATMENT_ACTION_STATUSES),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'RiskTreatmentAction' });

const Acceptance = z
  .object({
    id: Id,
    riskId: Id,
    criteriaVersionId: Id,
    levelKey: z.string().describe('The level accepted; a higher level later is not covered'),
    rationale: z.string(),
    acceptedByUserId: Id,
    requestedByUserId: Id.nullable(),
    acceptedAt: Timestamp,
    expiresOn: z.string().describe('The first day it no longer holds (YYYY-MM-DD)'),
    revokedAt: Timestamp.nullable(),
    state: z.enum(ACCEPTANCE_STATES),
  })
  .meta({ id: 'RiskAcceptance' });

const rowFields = {
  id: Id,
  ...fields,
  annexCObjectiveIds: z.array(z.enum(ANNEX_C_OBJECTIVE_IDS)).readonly(),
  aiSystemIds: z.array(Id).readonly(),
  likelihood: z.number().int().nullable(),
  consequence: z.number().int().nullable(),
  residualLikelihood: z.number().int().nullable(),
  residualConsequence: z.number().int().nullable(),
  treatmentDueDate: z.string().nullable(),
  reviewDate: z.string().nullable(),
  criteriaVersionId: Id.nullable().describe(
    'The risk criteria version the scores were given against',
  ),
  criteriaVersion: z.number().int().nullable(),
  inherentLevel: z.string().nullable(),
  inherentRank: z.number().int().nullable(),
  residualLevel: z.string().nullable(),
  residualRank: z.number().int().nullable(),
  inherent: Level,
  residual: Level,
  status: z.enum(RISK_STATUSES),
  effectiveStatus: z
    .enum(RISK_STATUSES)
    .describe('The status as of today: an accepted risk whose acceptance lapsed reads review_due'),
  acceptedUntil: z.string().nullable(),
  acceptanceRequestedByUserId: Id.nullable(),
  impactAssessmentId: Id.nullable(),
  impactId: z.string().nullable(),
  isAboveThreshold: z.boolean().describe('Its current level is above the acceptance threshold'),
  needsReassessment: z
    .boolean()
    .describe('Scored against risk criteria that are no longer in force'),
  isReviewOverdue: z.boolean(),
  actionCount: z.number().int(),
  openActionCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  availableActions: z.array(z.enum([...RECORD_ACTIONS, 'close'])),
};

/** A risk; read on its own it carries its treatment actions and acceptances too. */
export const Risk = z
  .object({
    ...rowFields,
    treatmentActions: z.array(TreatmentAction).optional().describe('On a single risk only'),
    acceptances: z.array(Acceptance).optional().describe('On a single risk only, newest first'),
  })
  .meta({ id: 'Risk' });

export const NewRiskBody = z.strictObject(fields).partial().required({ statement: true });

export const RiskPatchBody = z.strictObject(fields).partial();

export const RiskListQuery = registerListQuery(
  {
    kind: z.enum(RISK_KINDS).optional(),
    status: z.enum(RISK_STATUSES).optional(),
    inherentLevel: z.string().max(40).optional().describe('A level key of the criteria'),
    residualLevel: z.string().max(40).optional(),
    likelihood: z.coerce.number().int().min(1).max(7).optional().describe('A heat-map cell'),
    consequence: z.coerce.number().int().min(1).max(7).optional(),
    residualLikelihood: z.coerce.number().int().min(1).max(7).optional(),
    residualConsequence: z.coerce.number().int().min(1).max(7).optional(),
    treatmentOption: z.enum(TREATMENT_OPTIONS).optional(),
    aiSystemId: Id.optional().describe('Risks that concern this AI system'),
    ownerUserId: Id.optional(),
    ...registerSortFields(
      RISK_SORT_FIELDS,
      'residualLevel unless given: the current level (residual, else inherent); by level, ascending runs from the severest down (priority order), unscored last',
    ),
  },
  'Matches the statement or description, case-insensitive',
);

export const RiskParams = z.object({ orgId: Id, riskId: Id });
export const TreatmentActionParams = z.object({ orgId: Id, riskId: Id, actionId: Id });
export const HarmParams = z.object({
  orgId: Id,
  versionId: Id,
  impactId: z.string().min(1).max(100).describe('The impact’s id within the assessment'),
});
export const AcceptanceParams = z.object({ orgId: Id, riskId: Id, acceptanceId: Id });

const actionFields = {
  title: z.string().max(500),
  description: LongText,
  ownerUserId: Id.nullable(),
  dueDate: CalendarDate.nullable(),
  status: z.enum(TREATMENT_ACTION_STATUSES),
  annexAControlIds: z
    .array(z.string().max(20))
    .max(MAX_CONTROL_LINKS)
    .describe('Annex A controls it puts in place, such as A.6.2.4'),
  organizationControlIds: z
    .array(z.string().max(20))
    .max(MAX_CONTROL_LINKS)
    .describe('The organization’s own controls, such as ORG-1'),
};

export const NewTreatmentActionBody = z
  .strictObject(actionFields)
  .partial()
  .required({ title: true });
export const TreatmentActionPatchBody = z.strictObject(actionFields).partial();

export const AcceptanceBody = z.strictObject({
  rationale: z.string().max(10_000).describe('Why the residual risk is acceptable'),
  expiresOn: CalendarDate.describe('The first day the acceptance no longer holds'),
});

export const ReassessBody = z.strictObject({
  likelihood: Score.nullable(),
  consequence: Score.nullable(),
  residualLikelihood: Score.nullable().optional(),
  residualConsequence: Score.nullable().optional(),
});

const Cell = z.object({
  likelihood: z.number().int(),
  consequence: z.number().int(),
  level: z.string(),
  label: z.string(),
  colour: z.string(),
  count: z.number().int(),
});
const Grid = z
  .object({
    cells: z.array(z.array(Cell)).describe('cells[likelihood - 1][consequence - 1]'),
    total: z.number().int(),
    outOfScale: z.number().int(),
  })
  .nullable();
const ScaleStep = z.object({ value: z.number().int(), label: z.string() });

export const RiskHeatMap = z
  .object({
    criteria: z
      .object({
        id: Id,
        version: z.number().int(),
        likelihood: z.array(ScaleStep),
        consequence: z.array(ScaleStep),
        levels: z.array(z.object({ key: z.string(), label: z.string(), colour: z.string() })),
        acceptanceThreshold: z.string(),
      })
      .nullable()
      .describe('The risk criteria in force; null before any is approved'),
    inherent: Grid,
    residual: Grid.describe('Residual scores; a risk without one is left off this grid'),
    unscored: z.number().int().describe('Open risks not scored yet'),
    awaitingReassessment: z
      .number()
      .int()
      .describe('Open risks scored against criteria no longer in force'),
  })
  .meta({ id: 'RiskHeatMap' });

const TrendLevel = z.object({
  key: z.string(),
  label: z.string(),
  colour: z.string().describe('#rrggbb'),
});

const TrendFigures = z.object({
  month: z.string().describe('YYYY-MM'),
  takenAt: Timestamp.describe("When the figures were recorded: the month's last recorded day"),
  levels: z.array(TrendLevel.extend({ count: z.number().int() })).readonly(),
  unscored: z.number().int().describe('Open risks not scored yet'),
  open: z.number().int().describe('Every open risk'),
});

export const RiskTrendQuery = z.strictObject({
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(TREND_MONTHS_MAX)
    .optional()
    .describe('How many months, the current one included (1 to 60; 12 unless given)'),
});

export const RiskTrend = z
  .object({
    months: z
      .array(z.object({ month: z.string(), figures: TrendFigures.nullable() }))
      .describe('Oldest first; figures null for a month nothing was recorded in'),
    levels: z.array(TrendLevel).describe('Each level the months count, the newest month’s first'),
    currentMonth: z.string().describe('The month under way: its figures are as they stand now'),
  })
  .meta({ id: 'RiskTrend' });
