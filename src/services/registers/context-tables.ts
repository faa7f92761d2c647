/** Context issues, interested parties and AI objectives (with their 6.2 planning) as spreadsheet columns, for export. */
import { ANNEX_C_OBJECTIVES } from '../../domain/catalog/annex-c.js';
import { CONTEXT_KIND_LABELS } from '../../domain/context/context-issue.js';
import type { ContextIssue } from '../../domain/context/context-issue.js';
import type { InterestedParty } from '../../domain/context/interested-party.js';
import {
  PLANNING_FIELD_LABELS,
  QUALITATIVE_ACHIEVED,
  planningGaps,
} from '../../domain/objective/objective.js';
import type {
  Measurement,
  Objective,
  ObjectiveKind,
  ObjectiveProgress,
} from '../../domain/objective/objective.js';
import type { ExportColumn, ExtraSheet } from '../tabular/write-table.js';
import type { ExportLookups } from './register-table.js';

export const contextIssueExportColumns: ExportColumn<ContextIssue>[] = [
  { header: 'Id', width: 38, value: (i) => i.id },
  { header: 'Kind', width: 12, value: (i) => CONTEXT_KIND_LABELS[i.kind] },
  { header: 'Issue', width: 40, value: (i) => i.title },
  { header: 'Description', width: 60, value: (i) => i.description },
  { header: 'Climate-relevant', width: 16, value: (i) => i.isClimateRelevant },
  { header: 'Updated', width: 24, value: (i) => i.updatedAt },
];

export const interestedPartyExportColumns: ExportColumn<InterestedParty>[] = [
  { header: 'Id', width: 38, value: (p) => p.id },
  { header: 'Interested party', width: 32, value: (p) => p.name },
  { header: 'Kind', width: 12, value: (p) => CONTEXT_KIND_LABELS[p.kind] },
  {
    header: 'Requirements',
    width: 70,
    value: (p) =>
      p.requirements
        .map(
          (r) =>
            `${r.requirement}${r.isClimateRelated ? ' (climate-related)' : ''} — ${r.isAddressed ? `addressed: ${r.how}` : 'not addressed'}`,
        )
        .join('\n'),
  },
  {
    header: 'Addressed',
    width: 12,
    value: (p) =>
      `${p.requirements.filter((r) => r.isAddressed).length} of ${p.requirements.length}`,
  },
  { header: 'Notes', width: 40, value: (p) => p.notes },
  { header: 'Updated', width: 24, value: (p) => p.updatedAt },
];

export interface ObjectiveRow extends Objective {
  readonly measurements: readonly Measurement[];
  readonly progress: ObjectiveProgress;
}

const OBJECTIVE_KIND_SHORT: Readonly<Record<ObjectiveKind, string>> = {
  quantitative: 'Quantitative',
  qualitative: 'Qualitative',
};

/** A measured value as recorded: a number, or for a qualitative evaluation its outcome. */
const valueOf = (objective: Objective, value: number | null) =>
  objective.kind === 'qualitative' && value !== null
    ? value === QUALITATIVE_ACHIEVED
      ? 'Achieved'
      : 'Not achieved'
    : value;

const verdict = (met: boolean | null) =>
  met === null ? 'No measurement yet' : met ? 'Met' : 'Not met';

export const objectiveExportColumns = ({
  emailOf,
}: ExportLookups): ExportColumn<ObjectiveRow>[] => [
  { header: 'Id', width: 38, value: (o) => o.id },
  { header: 'Objective', width: 36, value: (o) => o.title },
  { header: 'Measured how', width: 16, value: (o) => OBJECTIVE_KIND_SHORT[o.kind] },
  { header: 'Metric', width: 36, value: (o) => o.metric },
  { header: 'Unit', width: 14, value: (o) => o.unit },
  { header: 'Target', width: 10, value: (o) => o.targetValue },
  {
    header: 'Better when',
    width: 14,
    value: (o) => (o.kind === 'qualitative' ? '' : o.direction === 'at_least' ? 'higher' : 'lower'),
  },
  { header: 'How results are evaluated', width: 50, value: (o) => o.evaluationMethod },
  { header: 'Latest value', width: 12, value: (o) => valueOf(o, o.progress.latestValue) },
  { header: 'Measured on', width: 14, value: (o) => o.progress.latestMeasuredOn ?? '' },
  { header: 'Target met', width: 18, value: (o) => verdict(o.progress.isTargetMet) },
  { header: 'What will be done', width: 60, value: (o) => o.plan },
  { header: 'Resources', width: 40, value: (o) => o.resources },
  { header: 'Who is responsible', width: 28, value: (o) => emailOf(o.ownerUserId) },
  { header: 'When it will be completed', width: 14, value: (o) => o.dueDate ?? '' },
  { header: 'Overdue', width: 10, value: (o) => o.progress.isOverdue },
  { header: 'How it is communicated', width: 40, value: (o) => o.communication },
  {
    header: 'Consistency with the AI policy and requirements',
    width: 50,
    value: (o) => o.policyConsistency,
  },
  {
    header: 'Planning still missing',
    width: 40,
    value: (o) =>
      planningGaps(o)
        .map((gap) => PLANNING_FIELD_LABELS[gap])
        .join(', '),
  },
  {
    header: 'Annex C objective',
    width: 28,
    value: (o) => (o.annexCObjectiveId ? annexCTitleOf(o.annexCObjectiveId) : ''),
  },
  { header: 'Measurements', width: 10, value: (o) => o.measurements.length },
  {
    header: 'Measurement history',
    width: 50,
    value: (o) => o.measurements.map((m) => measurementLine(o, m)).join('\n'),
  },
];

const ANNEX_C_TITLES = new Map(ANNEX_C_OBJECTIVES.map((entry) => [entry.id, entry.title]));
const annexCTitleOf = (id: string) => ANNEX_C_TITLES.get(id as never) ?? id;

const measurementLine = (objective: Objective, m: Measurement) =>
  `${m.measuredOn}: ${valueOf(objective, m.value)}${objective.unit ? ` ${objective.unit}` : ''}${m.note ? ` (${m.note})` : ''}`;

/** Every measurement of every objective, oldest first: the workbook's history sheet. */
export const objectiveMeasurementSheet = (
  objectives: readonly ObjectiveRow[],
  { emailOf }: ExportLookups,
): ExtraSheet => ({
  name: 'Measurements',
  isTyped: true,
  headers: [
    'Objective Id',
    'Objective',
    'Measured on',
    'Value',
    'Unit',
    'Target',
    'Note',
    'Recorded by',
    'Recorded at',
  ],
  widths: [38, 36, 14, 10, 14, 10, 50, 28, 22],
  rows: objectives.flatMap((o) =>
    o.measurements.map((m) => [
      o.id,
      o.title,
      m.measuredOn,
      valueOf(o, m.value),
      o.unit,
      o.targetValue,
      m.note,
      emailOf(m.recordedByUserId),
      m.createdAt,
    ]),
  ),
});
