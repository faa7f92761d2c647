/**
 * The section editors' values: the whole content of the draft as a form (list
 * rows carry a key so React keeps focus while rows come and go; impacts and
 * measures keep their own stable id, a fresh UUID for a new one), and the
 * request body of one section, which sends only that section's fields.
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { ApiError, messageOf } from '../../api/client.js';
import { impactFieldLabel, impactIssueText } from './impact-labels.js';
import type { ImpactBody, ImpactContent } from './impact-queries.js';

export interface PartyRow {
  readonly key: string;
  name: string;
  description: string;
  isVulnerableGroup: boolean;
}

export interface ImpactRow {
  readonly key: string;
  readonly id: string;
  description: string;
  affects: string[];
  nature: string | null;
  category: string | null;
  likelihood: string | null;
  severity: string | null;
  reversibility: string | null;
  scale: string | null;
}

export interface MeasureRow {
  readonly key: string;
  readonly id: string;
  impactId: string | null;
  description: string;
  ownerUserId: string | null;
  dueDate: string;
  status: string;
  annexAControlIds: string[];
}

export interface ImpactFormValues extends Record<string, unknown> {
  scope: string;
  trigger: string | null;
  systemDescription: string;
  purpose: string;
  intendedUses: string;
  foreseeableMisuse: string;
  dataAndDataQuality: string;
  algorithmAndModel: string;
  deploymentEnvironment: string;
  interestedParties: PartyRow[];
  impacts: ImpactRow[];
  measures: MeasureRow[];
  thresholds: string;
  nextReviewDate: string;
  retention: string;
}

export type ImpactForm = ReturnType<typeof useForm<ImpactFormValues>>;
export type ContentField = keyof ImpactContent;

export const newPartyRow = (): PartyRow => ({
  key: randomId(),
  name: '',
  description: '',
  isVulnerableGroup: false,
});

/**
 * The next short id of a list ("I4" after I1–I3), as an auditor cites it;
 * ids stay with their impact or measure from version to version.
 */
export const nextShortId = (prefix: string, existing: readonly { id: string }[]): string => {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = Math.max(0, ...existing.map((row) => Number(pattern.exec(row.id)?.[1] ?? 0)));
  return `${prefix}${highest + 1}`;
};

export const newImpactRow = (existing: readonly { id: string }[] = []): ImpactRow => {
  const id = nextShortId('I', existing);
  return {
    key: id,
    id,
    description: '',
    affects: [],
    nature: null,
    category: null,
    likelihood: null,
    severity: null,
    reversibility: null,
    scale: null,
  };
};

export const newMeasureRow = (existing: readonly { id: string }[] = []): MeasureRow => {
  const id = nextShortId('M', existing);
  return {
    key: id,
    id,
    impactId: null,
    description: '',
    ownerUserId: null,
    dueDate: '',
    status: 'planned',
    annexAControlIds: [],
  };
};

const ratingText = (rating: number | null) => (rating === null ? null : String(rating));
const ratingOf = (text: string | null) => (text === null || text === '' ? null : Number(text));

export const impactFormValuesOf = (content: ImpactContent): ImpactFormValues => ({
  scope: content.scope,
  trigger: content.trigger,
  systemDescription: content.systemDescription,
  purpose: content.purpose,
  intendedUses: content.intendedUses,
  foreseeableMisuse: content.foreseeableMisuse,
  dataAndDataQuality: content.dataAndDataQuality,
  algorithmAndModel: content.algorithmAndModel,
  deploymentEnvironment: content.deploymentEnvironment,
  interestedParties: content.interestedParties.map((party) => ({ key: randomId(), ...party })),
  impacts: content.impacts.map((impact) => ({
    ...impact,
    key: randomId(),
    affects: [...impact.affects],
    likelihood: ratingText(impact.likelihood),
    severity: ratingText(impact.severity),
  })),
  measures: content.measures.map((measure) => ({
    ...measure,
    key: randomId(),
    dueDate: measure.dueDate ?? '',
    annexAControlIds: [...measure.annexAControlIds],
  })),
  thresholds: content.thresholds,
  nextReviewDate: content.nextReviewDate ?? '',
  retention: content.retention,
});

/** The body of every field, from which a section takes its own. */
const fullBodyOf = (values: ImpactFormValues): Required<ImpactBody> => ({
  scope: values.scope,
  trigger: values.trigger as ImpactContent['trigger'],
  systemDescription: values.systemDescription,
  purpose: values.purpose,
  intendedUses: values.intendedUses,
  foreseeableMisuse: values.foreseeableMisuse,
  dataAndDataQuality: values.dataAndDataQuality,
  algorithmAndModel: values.algorithmAndModel,
  deploymentEnvironment: values.deploymentEnvironment,
  interestedParties: values.interestedParties.map(({ name, description, isVulnerableGroup }) => ({
    name,
    description,
    isVulnerableGroup,
  })),
  impacts: values.impacts.map(({ key: _key, likelihood, severity, ...impact }) => ({
    ...impact,
    likelihood: ratingOf(likelihood),
    severity: ratingOf(severity),
  })),
  measures: values.measures.map(({ key: _key, dueDate, ...measure }) => ({
    ...measure,
    dueDate: dueDate === '' ? null : dueDate,
  })),
  thresholds: values.thresholds,
  nextReviewDate: values.nextReviewDate === '' ? null : values.nextReviewDate,
  retention: values.retention,
});

export const sectionBodyOf = (
  values: ImpactFormValues,
  fields: readonly ContentField[],
): ImpactBody => {
  const body = fullBodyOf(values);
  return Object.fromEntries(fields.map((field) => [field, body[field]]));
};

/** `impacts.2.affects.1` is the form's `impacts.2.affects`; other paths are the same. */
const formPathOf = (field: string) => field.replace(/^(impacts\.\d+\.affects)\.\d+$/, '$1');

/**
 * Shows the API's issues at the section's fields; returns what to say above
 * the form (the message, and the issues of fields this section does not show).
 */
export const applyImpactError = (
  form: Pick<ImpactForm, 'setErrors'>,
  error: unknown,
  fields: readonly ContentField[],
): string | null => {
  if (!(error instanceof ApiError) || error.issues.length === 0) return messageOf(error);
  const texts: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of error.issues) {
    const path = formPathOf(issue.field);
    const head = path.split('.')[0] as ContentField;
    if (!fields.includes(head)) {
      elsewhere.push(impactIssueText(issue));
      continue;
    }
    const text = `${impactFieldLabel(path)
      .replace(/^.*?: /, '')
      .replace(/^./, (c) => c.toUpperCase())} ${issue.reason}`;
    texts[path] = texts[path] === undefined ? text : `${texts[path]}; ${issue.reason}`;
  }
  form.setErrors(texts);
  return elsewhere.length > 0
    ? `${error.message}: ${elsewhere.join('; ')}`
    : Object.keys(texts).length === 0
      ? error.message
      : null;
};
