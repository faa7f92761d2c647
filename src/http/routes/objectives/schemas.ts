import { z } from 'zod';
import { ANNEX_C_OBJECTIVE_IDS } from '../../../domain/catalog/index.js';
import { OBJECTIVE_DIRECTIONS } from '../../../domain/objective/objective.js';
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
    metric: z.string(),
    unit: z.string(),
    targetValue: z.number(),
    direction: z
      .enum(OBJECTIVE_DIRECTIONS)
      .describe('at_least: higher is better; at_most: lower is better'),
    ownerUserId: Id.nullable(),
    dueDate: CalendarDate.nullable(),
    plan: z.string().describe('What will be done, with which resources, by whom, by when'),
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

const fields = {
  title: z.string().max(200),
  description: z.string().max(10_000),
  metric: z.string().max(200),
  unit: z.string().max(40),
  targetValue: z.number(),
  direction: z.enum(OBJECTIVE_DIRECTIONS),
  ownerUserId: Id.nullable(),
  dueDate: CalendarDate.max(10).nullable(),
  plan: z.string().max(10_000),
  annexCObjectiveId: z.enum(ANNEX_C_OBJECTIVE_IDS).nullable(),
};

export const NewObjectiveBody = z
  .strictObject(fields)
  .partial()
  .required({ title: true, metric: true, targetValue: true });
export const ObjectivePatchBody = z.strictObject(fields).partial();
export const MeasurementBody = z.strictObject({
  measuredOn: CalendarDate.max(10),
  value: z.number(),
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
