/** The objective form's values, from a stored objective or empty, and the body they become. */
import type { FieldLabels } from '../../components/form-errors.js';
import type { Objective, ObjectiveBody } from './objective-queries.js';

export interface ObjectiveFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  metric: string;
  unit: string;
  targetValue: number | string;
  direction: Objective['direction'];
  ownerUserId: string | null;
  dueDate: string;
  plan: string;
  annexCObjectiveId: string | null;
}

export const OBJECTIVE_LABELS: FieldLabels<ObjectiveFormValues> = {
  title: 'Title',
  description: 'Description',
  metric: 'Metric',
  unit: 'Unit',
  targetValue: 'Target',
  direction: 'Direction',
  ownerUserId: 'Owner',
  dueDate: 'Due date',
  plan: 'Plan',
  annexCObjectiveId: 'Annex C objective',
};

export const EMPTY_OBJECTIVE: ObjectiveFormValues = {
  title: '',
  description: '',
  metric: '',
  unit: '',
  targetValue: '',
  direction: 'at_least',
  ownerUserId: null,
  dueDate: '',
  plan: '',
  annexCObjectiveId: null,
};

export const objectiveFormValuesOf = (objective: Objective): ObjectiveFormValues => ({
  title: objective.title,
  description: objective.description,
  metric: objective.metric,
  unit: objective.unit,
  targetValue: objective.targetValue,
  direction: objective.direction,
  ownerUserId: objective.ownerUserId,
  dueDate: objective.dueDate ?? '',
  plan: objective.plan,
  annexCObjectiveId: objective.annexCObjectiveId,
});

export const objectiveBodyOf = (values: ObjectiveFormValues): ObjectiveBody => ({
  title: values.title,
  description: values.description,
  metric: values.metric,
  unit: values.unit,
  targetValue: Number(values.targetValue),
  direction: values.direction,
  ownerUserId: values.ownerUserId,
  dueDate: values.dueDate === '' ? null : values.dueDate,
  plan: values.plan,
  annexCObjectiveId: values.annexCObjectiveId as NonNullable<
    ObjectiveBody['annexCObjectiveId']
  > | null,
});
