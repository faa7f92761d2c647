import { z } from 'zod';
import {
  RISK_KINDS,
  TREATMENT_ACTION_STATUSES,
  TREATMENT_OPTIONS,
} from '../../../domain/risk/risk.js';
import { COMPARED_ENTRY_FIELDS } from '../../../domain/risk/treatment-plan.js';
import {
  RISK_TREATMENT_PLAN_ACTIONS,
  RISK_TREATMENT_PLAN_STATUSES,
} from '../../../domain/risk/treatment-plan-version.js';
import { Id, Timestamp } from '../../schemas.js';

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const CalendarDate = z.string().describe('YYYY-MM-DD');

export const TreatmentPlanEntry = z
  .object({
    actionId: Id,
    title: z.string(),
    riskId: Id,
    riskStatement: z.string(),
    riskKind: z.enum(RISK_KINDS),
    treatmentOption: z.enum(TREATMENT_OPTIONS).nullable(),
    inherentLevel: z
      .string()
      .nullable()
      .describe(
        'The level key under the criteria in force; null when unscored or scored under others',
      ),
    residualLevel: z.string().nullable(),
    annexAControlIds: list(z.string()),
    organizationControlIds: list(z.string()),
    ownerUserId: Id.nullable(),
    dueDate: CalendarDate.nullable(),
    status: z.enum(TREATMENT_ACTION_STATUSES),
    isOverdue: z.boolean().describe('Due before the day of the snapshot and still open'),
  })
  .meta({ id: 'RiskTreatmentPlanEntry' });

export const TreatmentPlanSummary = z
  .object({
    actions: z.number().int(),
    byStatus: z.object(
      Object.fromEntries(TREATMENT_ACTION_STATUSES.map((status) => [status, z.number().int()])) as {
        [K in (typeof TREATMENT_ACTION_STATUSES)[number]]: z.ZodNumber;
      },
    ),
    overdue: z.number().int(),
    risksTreated: z.number().int().describe('Risks the plan’s actions treat'),
    untreatedAboveThreshold: list(Id).describe(
      'Risks above the acceptance threshold, not retained, with no action other than cancelled ones',
    ),
  })
  .meta({ id: 'RiskTreatmentPlanSummary' });

export const TreatmentPlanSnapshot = z
  .object({
    asOf: CalendarDate.describe('The day the plan was taken, which overdue is judged against'),
    entries: list(TreatmentPlanEntry).describe(
      'Highest current level first, then by risk, due date and title',
    ),
    summary: TreatmentPlanSummary,
  })
  .meta({ id: 'RiskTreatmentPlanSnapshot' });

const versionFields = {
  id: Id,
  version: z.number().int(),
  status: z.enum(RISK_TREATMENT_PLAN_STATUSES),
  asOf: CalendarDate.describe('The day its snapshot was taken'),
  summary: TreatmentPlanSummary,
  authorUserId: Id.nullable(),
  editorUserIds: list(Id).describe('Who created or refreshed it: none of them approves it'),
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
  availableActions: z.array(z.enum(RISK_TREATMENT_PLAN_ACTIONS)),
};

export const TreatmentPlanVersionSummary = z
  .object(versionFields)
  .meta({ id: 'RiskTreatmentPlanVersionSummary' });

export const TreatmentPlanVersion = z
  .object({ ...versionFields, snapshot: TreatmentPlanSnapshot.describe('The plan as frozen') })
  .meta({ id: 'RiskTreatmentPlanVersion' });

const ChangedEntry = z.object({
  actionId: Id,
  fields: list(z.enum(COMPARED_ENTRY_FIELDS)),
  before: TreatmentPlanEntry,
  after: TreatmentPlanEntry,
});

const diffFields = {
  added: list(TreatmentPlanEntry),
  removed: list(TreatmentPlanEntry),
  changed: list(ChangedEntry).describe('Actions whose compared fields differ, field by field'),
  unchanged: z.number().int(),
};

export const TreatmentPlanDiff = z.object(diffFields).meta({ id: 'RiskTreatmentPlanDiff' });

export const TreatmentPlanOverview = z
  .object({
    approved: TreatmentPlanVersionSummary.nullable().describe('The version in force'),
    draft: TreatmentPlanVersionSummary.nullable().describe(
      'The open version: a draft, or a version in review',
    ),
    versions: z.array(TreatmentPlanVersionSummary).describe('Newest first'),
    live: TreatmentPlanSnapshot.describe('The plan as the risk register stands now'),
    changedSinceApproval: TreatmentPlanDiff.nullable().describe(
      'From the version in force to the live plan; null while none is approved',
    ),
  })
  .meta({ id: 'RiskTreatmentPlanOverview' });

export const TreatmentPlanVersionDiff = z
  .object({
    versionId: Id,
    version: z.number().int(),
    inForceVersionId: Id.nullable(),
    inForceVersion: z.number().int().nullable(),
    ...diffFields,
  })
  .meta({ id: 'RiskTreatmentPlanVersionDiff' });

export const TreatmentPlanVersionParams = z.object({ orgId: Id, versionId: Id });
