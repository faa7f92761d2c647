import { z } from 'zod';
import { ANNEX_C_OBJECTIVE_IDS } from '../../../domain/catalog/index.js';
import {
  OBJECTIVE_DIRECTIONS,
  OBJECTIVE_KINDS,
  PLANNING_FIELDS,
} from '../../../domain/objective/objective.js';
import { RECORD_ACTIONS } from '../../../domain/register/register-actions.js';
import { registerListQuery } from '../../register-schemas.js';
import { Id, Timestamp } from '../../schemas.js';

const CalendarDate = z.string().describe('A date as YYYY-MM-DD');

const Measurement = z
  .object({
    id: Id,
    measuredOn: CalendarDate,
    value: z.number(),
    note: z.string(),
    recordedByUserId: Id.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ObjectiveMeasurement' });

export const Objective = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string(),
    kind: z
      .enum(OBJECTIVE_KINDS)
      .describe(
        'quantitative: a metric and a target; qualitative: an evaluation method, each evaluation achieved (1) or not (0)',
      ),
    metric: z.string(),
    unit: z.string(),
    targetValue: z.number().nullable().describe('null for a qualitative objective'),
    direction: z
      .enum(OBJECTIVE_DIRECTIONS)
      .describe('at_least: higher is better; at_most: lower is better'),
    evaluationMethod: z.string().describe('How results are evaluated'),
    plan: z.string().describe('What will be done'),
    resources: z.string().describe('The resources it needs'),
    ownerUserId: Id.nullable().describe('Who is responsible'),
    dueDate: CalendarDate.nullable().describe('When it will be completed'),
    communication: z.string().describe('How the objective and its results are communicated'),
    policyConsistency: z
      .string()
      .describe('How it is consistent with the AI policy and applicable requirements'),
    planningGaps: z
      .array(z.enum(PLANNING_FIELDS))
      .describe(
        'The planning items of clause 6.2 not recorded yet, in the order the clause lists them',
      ),
    annexCObjectiveId: z.enum(ANNEX_C_OBJECTIVE_IDS).nullable(),
    measurements: z.array(Measurement),
    progress: z.object({
      latestValue: z.number().nullable(),
      latestMeasuredOn: CalendarDate.nullable(),
      isTargetMet: z.boolean().nullable(),
      isOverdue: z.boolean(),
    }),
    availableActions: z
      .array(z.enum([...RECORD_ACTIONS, 'record_measurement']))
      .describe('What the caller may do with this objective'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Objective' });

const longText = z.string().max(10_000);

const fields = {
  title: z.string().max(200),
  description: longText,
  kind: z.enum(OBJECTIVE_KINDS).describe('quantitative unless sent'),
  metric: z.string().max(200).describe('Required for a quantitative objective'),
  unit: z.string().max(40),
  targetValue: z.number().nullable().describe('Required for a quantitative objective'),
  direction: z.enum(OBJECTIVE_DIRECTIONS),
  evaluationMethod: longText.describe('Required for a qualitative objective'),
  plan: longText,
  resources: longText,
  ownerUserId: Id.nullable(),
  dueDate: CalendarDate.max(10).nullable(),
  communication: longText,
  policyConsistency: longText,
  annexCObjectiveId: z.enum(ANNEX_C_OBJECTIVE_IDS).nullable(),
};

export const NewObjectiveBody = z.strictObject(fields).partial().required({ title: true });
export const ObjectivePatchBody = z.strictObject(fields).partial();
export const MeasurementBody = z.strictObject({
  measuredOn: CalendarDate.max(10),
  value: z
    .number()
    .describe('The measured value; for a qualitative objective 1 (achieved) or 0 (not achieved)'),
  note: z.string().max(2000).optional(),
});
export const ObjectiveParams = z.object({ orgId: Id, objectiveId: Id });
export const MeasurementParams = z.object({ orgId: Id, objectiveId: Id, measurementId: Id });

const count = z.number().int().min(0);

/** Beside the list's page: how every objective the search matches stands. */
export const ObjectiveListExtras = {
  summary: z
    .object({
      targetMet: count.describe('Latest measurement meets the target'),
      targetNotMet: count.describe('Latest measurement misses the target'),
      withoutMeasurement: count.describe('No measurement recorded yet'),
      overdue: count.describe('Past the due date without meeting the target'),
    })
    .describe('Counts over every objective the search matches, not only this page')
    .meta({ id: 'ObjectiveSummary' }),
};

export const ObjectiveListQuery = registerListQuery(
  {},
  'Matches title, metric or plan, case-insensitive',
);
