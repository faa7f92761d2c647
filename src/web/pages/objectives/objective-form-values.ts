/** The objective form's values, from a stored objective or empty, and the body they become. */
import type { FieldLabels } from '../../components/form-errors.js';
import type { Objective, ObjectiveBody } from './objective-queries.js';

export interface ObjectiveFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  kind: Objective['kind'];
  metric: string;
  unit: string;
  targetValue: number | string;
  direction: Objective['direction'];
  evaluationMethod: string;
  plan: string;
  resources: string;
  ownerUserId: string | null;
  dueDate: string;
  communication: string;
  policyConsistency: string;
  annexCObjectiveId: string | null;
}

export const OBJECTIVE_LABELS = {
  title: 'Title',
  description: 'Description',
  kind: 'Measured how',
  metric: 'Metric',
  unit: 'Unit',
  targetValue: 'Target',
  direction: 'Direction',
  evaluationMethod: 'How results are evaluated',
  plan: 'What will be done',
  resources: 'Resources',
  ownerUserId: 'Who is responsible',
  dueDate: 'When it will be completed',
  communication: 'How it is communicated',
  policyConsistency: 'Consistency with the AI policy and requirements',
  annexCObjectiveId: 'Annex C objective',
} as const satisfies FieldLabels<ObjectiveFormValues>;

export const EMPTY_OBJECTIVE: ObjectiveFormValues = {
  title: '',
  description: '',
  kind: 'quantitative',
  metric: '',
  unit: '',
  targetValue: '',
  direction: 'at_least',
  evaluationMethod: '',
  plan: '',
  resources: '',
  ownerUserId: null,
  dueDate: '',
  communication: '',
  policyConsistency: '',
  annexCObjectiveId: null,
};

export const objectiveFormValuesOf = (objective: Objective): ObjectiveFormValues => ({
  title: objective.title,
  description: objective.description,
  kind: objective.kind,
  metric: objective.metric,
  unit: objective.unit,
  targetValue: objective.targetValue ?? '',
  direction: objective.direction,
  evaluationMethod: objective.evaluationMethod,
  plan: objective.plan,
  resources: objective.resources,
  ownerUserId: objective.ownerUserId,
  dueDate: objective.dueDate ?? '',
  communication: objective.communication,
  policyConsistency: objective.policyConsistency,
  annexCObjectiveId: objective.annexCObjectiveId,
});

export const objectiveBodyOf = (values: ObjectiveFormValues): ObjectiveBody => {
  const isQualitative = values.kind === 'qualitative';
  return {
    title: values.title,
    description: values.description,
    kind: values.kind,
    metric: values.metric,
    unit: isQualitative ? '' : values.unit,
    targetValue: isQualitative || values.targetValue === '' ? null : Number(values.targetValue),
    direction: values.direction,
    evaluationMethod: values.evaluationMethod,
    plan: values.plan,
    resources: values.resources,
    ownerUserId: values.ownerUserId,
    dueDate: values.dueDate === '' ? null : values.dueDate,
    communication: values.communication,
    policyConsistency: values.policyConsistency,
    annexCObjectiveId: values.annexCObjectiveId as NonNullable<
      ObjectiveBody['annexCObjectiveId']
    > | null,
  };
};
