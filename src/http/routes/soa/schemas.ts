import { z } from 'zod';
import { EVIDENCE_KINDS } from '../../../domain/evidence/evidence.js';
import { EVIDENCE_FRESHNESS } from '../../../domain/evidence/freshness.js';
import { MEASURE_STATUSES } from '../../../domain/impact/impact-values.js';
import { RISK_KINDS, RISK_STATUSES, TREATMENT_ACTION_STATUSES } from '../../../domain/risk/risk.js';
import {
  SOA_APPLICABILITIES,
  SOA_CHANGE_SUMMARY_MAX,
  SOA_COMPARED_FIELDS,
  SOA_CONTROL_SOURCES,
  SOA_EVIDENCE_FILTERS,
  SOA_IMPLEMENTATION_STATUSES,
  SOA_VERSION_ACTIONS,
  SOA_VERSION_STATUSES,
} from '../../../domain/soa/index.js';
import { SOA_EXPORT_FORMATS } from '../../../services/soa-export.js';
import { Id, OrgParams, QueryBoolean, Timestamp } from '../../schemas.js';

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const CalendarDate = z.string().describe('YYYY-MM-DD');

export const SoaControlId = z
  .string()
  .min(1)
  .max(20)
  .regex(/^(A(\.\d{1,2}){2,3}|[A-Z][A-Z0-9]{0,9}-[1-9]\d{0,5})$/)
  .describe(
    'An Annex A control id such as A.6.2.4, or an organization control reference such as ORG-1',
  );

export const SoaEntryParams = OrgParams.extend({ controlId: SoaControlId });
export const SoaVersionParams = OrgParams.extend({
  version: z.coerce.number().int().min(1).max(1_000_000).describe('The version number'),
});

const RiskLink = z
  .object({
    id: Id,
    kind: z.enum(RISK_KINDS),
    statement: z.string(),
    status: z.enum(RISK_STATUSES),
    level: z.string().nullable().describe('The residual level key, else the inherent one'),
  })
  .meta({ id: 'SoaRiskLink' });

const ActionLink = z
  .object({
    id: Id,
    riskId: Id,
    title: z.string(),
    status: z.enum(TREATMENT_ACTION_STATUSES),
    dueDate: CalendarDate.nullable(),
    ownerUserId: Id.nullable(),
  })
  .meta({ id: 'SoaActionLink' });

const MeasureLink = z
  .object({
    aiSystemId: Id,
    aiSystemName: z.string(),
    assessmentVersionId: Id,
    assessmentVersion: z.number().int(),
    assessmentStatus: z.enum(SOA_VERSION_STATUSES),
    measureId: z.string(),
    description: z.string(),
    status: z.enum(MEASURE_STATUSES),
    dueDate: CalendarDate.nullable(),
  })
  .meta({ id: 'SoaMeasureLink' });

const EvidenceLink = z
  .object({
    evidenceId: Id,
    title: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    version: z.number().int().describe('The current version'),
    evidenceDate: CalendarDate.describe('When the fact it proves was true'),
    validUntil: CalendarDate.nullable(),
    sha256: z.string().nullable().describe("The current version's file; null for a link"),
    url: z.string().nullable(),
    freshness: z.enum(EVIDENCE_FRESHNESS).describe('On the day the SoA was read or frozen'),
  })
  .meta({ id: 'SoaEvidenceLink' });

const Links = z
  .object({
    risks: list(RiskLink).describe('Risks the linking treatment actions treat, open and closed'),
    treatmentActions: list(ActionLink),
    measures: list(MeasureLink).describe(
      "Measures of each AI system's current impact assessment (newest approved, else the open draft)",
    ),
    evidence: list(EvidenceLink).describe('Evidence linked to the control, with its freshness'),
  })
  .meta({ id: 'SoaEntryLinks' });

const freshnessCounts = Object.fromEntries(
  EVIDENCE_FRESHNESS.map((freshness) => [freshness, z.number().int()]),
) as Record<(typeof EVIDENCE_FRESHNESS)[number], z.ZodNumber>;

const LinkCounts = z
  .object({
    risks: z.number().int(),
    treatmentActions: z.number().int(),
    measures: z.number().int(),
    evidence: z.number().int(),
    evidenceByFreshness: z.object(freshnessCounts),
    latestEvidenceDate: CalendarDate.nullable(),
  })
  .meta({ id: 'SoaLinkCounts' });

const controlFields = {
  controlId: z.string(),
  source: z.enum(SOA_CONTROL_SOURCES),
  title: z.string(),
  objectiveId: z.string().describe('An Annex A objective group, or ORG'),
  objectiveTitle: z.string(),
};

const ControlRef = z.object(controlFields).meta({ id: 'SoaControlRef' });

const entryFields = {
  ...controlFields,
  applicability: z.enum(SOA_APPLICABILITIES),
  justification: z.string(),
  implementationStatus: z.enum(SOA_IMPLEMENTATION_STATUSES),
  ownerUserId: Id.nullable(),
  reviewDate: CalendarDate.nullable(),
  reviewFlaggedFor: CalendarDate.nullable().describe(
    'The review date the daily sweep flagged as passed',
  ),
  isReviewDue: z.boolean().describe('Not applicable and its review date has come'),
  updatedByUserId: Id.nullable(),
  updatedAt: Timestamp.nullable(),
};

export const SoaEntry = z.object({ ...entryFields, links: Links }).meta({ id: 'SoaEntry' });
const SoaEntryRow = z
  .object({ ...entryFields, linkCounts: LinkCounts })
  .meta({ id: 'SoaEntryRow' });
export const SoaEntryView = z
  .object({
    ...entryFields,
    links: Links,
    organizationControlId: Id.nullable().describe(
      "An organization control's id in its register (what evidence links name); null for Annex A",
    ),
    canEdit: z.boolean(),
  })
  .meta({ id: 'SoaEntryView' });

export const SoaEntryBody = z
  .strictObject({
    applicability: z.string().max(40).optional(),
    justification: z.string().max(20_000).optional(),
    implementationStatus: z.string().max(40).optional(),
    ownerUserId: Id.nullable().optional(),
    reviewDate: z.string().max(20).nullable().optional(),
  })
  .meta({ id: 'SoaEntryChange' });

const Summary = z
  .object({
    controls: z.number().int(),
    applicable: z.number().int(),
    notApplicable: z.number().int(),
    undecided: z.number().int(),
    missingJustification: z.number().int(),
    reviewsDue: z.number().int(),
    byStatus: z.object(
      Object.fromEntries(
        SOA_IMPLEMENTATION_STATUSES.map((status) => [status, z.number().int()]),
      ) as {
        [K in (typeof SOA_IMPLEMENTATION_STATUSES)[number]]: z.ZodNumber;
      },
    ),
  })
  .meta({ id: 'SoaSummary' });

const Snapshot = z
  .object({
    takenAt: Timestamp,
    asOf: CalendarDate,
    entries: list(SoaEntry),
    summary: Summary,
  })
  .meta({ id: 'SoaSnapshot' });

const versionFields = {
  id: Id,
  version: z.number().int(),
  status: z.enum(SOA_VERSION_STATUSES),
  takenAt: Timestamp.describe('When its snapshot was taken'),
  asOf: CalendarDate,
  summary: Summary,
  changeSummary: z.string().describe('What the version changes and why'),
  authorUserId: Id.nullable(),
  editorUserIds: list(Id).describe('Who created or refreshed it: none of them approves it'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  approvedByUserId: Id.nullable(),
  approvedAt: Timestamp.nullable(),
  supersededAt: Timestamp.nullable(),
  publishedAt: Timestamp.nullable().describe('Set on the one version the certification body reads'),
  publishedByUserId: Id.nullable(),
  lastReturn: z
    .object({ comment: z.string(), returnedByUserId: Id.nullable(), returnedAt: Timestamp })
    .nullable(),
  availableActions: z.array(z.enum(SOA_VERSION_ACTIONS)),
};

export const SoaVersionSummary = z.object(versionFields).meta({ id: 'SoaVersionSummary' });
export const SoaVersion = z
  .object({ ...versionFields, snapshot: Snapshot })
  .meta({ id: 'SoaVersion' });

const RegisterChange = z.object({
  id: Id,
  label: z.string(),
  riskId: Id,
  updatedAt: Timestamp,
});

const Staleness = z
  .object({
    version: z.number().int(),
    takenAt: Timestamp,
    isStale: z.boolean(),
    staleSince: Timestamp.nullable(),
    lastChangeAt: Timestamp.nullable(),
    risksChanged: z.number().int(),
    treatmentActionsChanged: z.number().int(),
    recentRisks: list(RegisterChange),
    recentTreatmentActions: list(RegisterChange),
  })
  .meta({ id: 'SoaStaleness' });

const headline = {
  approved: SoaVersionSummary.nullable().describe('The version in force'),
  published: SoaVersionSummary.nullable().describe('The version the certification body reads'),
  draft: SoaVersionSummary.nullable().describe('The open version: a draft or in review'),
};

export const SoaOverview = z
  .object({
    asOf: CalendarDate,
    entries: list(SoaEntryRow).describe(
      "The entries matching the filters, grouped by objective, their links counted (a control's own route lists them)",
    ),
    summary: Summary.describe('Of every entry, whatever the filters'),
    objectives: list(z.object({ id: z.string(), title: z.string() })),
    canEdit: z.boolean(),
    ...headline,
    staleness: Staleness.nullable().describe(
      'How the version in force stands against later changes to risks and treatment actions; null while none is approved',
    ),
  })
  .meta({ id: 'SoaOverview' });

export const SoaListQuery = z.strictObject({
  objective: z.string().max(10).optional().describe('An objective group id such as A.6.2, or ORG'),
  applicability: z.enum(SOA_APPLICABILITIES).optional(),
  status: z.enum(SOA_IMPLEMENTATION_STATUSES).optional(),
  owner: Id.optional(),
  reviewDue: QueryBoolean.optional(),
  evidence: z
    .enum(SOA_EVIDENCE_FILTERS)
    .optional()
    .describe(
      'none: without evidence; expired: some expired; expiring: some expiring, none expired',
    ),
});

export const SoaVersionsOverview = z
  .object({ ...headline, versions: list(SoaVersionSummary).describe('Newest first') })
  .meta({ id: 'SoaVersionsOverview' });

export const SoaDraftBody = z
  .strictObject({
    changeSummary: z
      .string()
      .max(SOA_CHANGE_SUMMARY_MAX)
      .optional()
      .describe('What the version changes and why'),
  })
  .nullish();

const Compared = z.object({
  applicability: z.enum(SOA_APPLICABILITIES),
  justification: z.string(),
  implementationStatus: z.enum(SOA_IMPLEMENTATION_STATUSES),
  ownerUserId: Id.nullable(),
  reviewDate: CalendarDate.nullable(),
});

const LinkChanges = z.object({
  risks: list(RiskLink),
  treatmentActions: list(ActionLink),
  measures: list(MeasureLink),
  evidence: list(EvidenceLink),
});

export const SoaComparison = z
  .object({
    base: SoaVersionSummary,
    next: SoaVersionSummary,
    added: list(ControlRef),
    removed: list(ControlRef),
    changed: list(
      z.object({
        controlId: z.string(),
        title: z.string(),
        objectiveId: z.string(),
        fields: list(z.enum(SOA_COMPARED_FIELDS)),
        before: Compared,
        after: Compared,
        linksAdded: LinkChanges,
        linksRemoved: LinkChanges,
      }),
    ),
    unchanged: z.number().int(),
  })
  .meta({ id: 'SoaComparison' });

export const SoaCompareQuery = z.strictObject({
  base: z.coerce.number().int().min(1).describe('The earlier version number'),
  next: z.coerce.number().int().min(1).describe('The later version number'),
});

export const SoaExportQuery = z.strictObject({
  format: z.enum(SOA_EXPORT_FORMATS).default('xlsx'),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('A version number; the live SoA without'),
});
